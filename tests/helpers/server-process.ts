import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

const ROOT = path.resolve(import.meta.dirname, '../..')
/** package.json's start script: the server runs with the same node flags as in production. */
const START_COMMAND: string = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts.start

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/**
 * A prebuilt client folder under `workDir` standing in for `vite build` (its page is dated
 * in the future, so the server never rebuilds it): tests that run the server pay no build.
 */
export function stubClientDir(workDir: string): string {
  const clientDir = path.join(workDir, 'client')
  fs.mkdirSync(clientDir, { recursive: true })
  const page = path.join(clientDir, 'index.html')
  fs.writeFileSync(page, '<!doctype html><title>Hài Lòng</title>')
  const future = new Date(Date.now() + 24 * 3600 * 1000)
  fs.utimesSync(page, future, future)
  return clientDir
}

export interface ServerProcess {
  baseUrl: string
  child: ChildProcess
  output(): string
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>
}

/**
 * Runs the server with `npm start`'s command (through sh, whose `exec` leaves one process: the
 * child's pid is the server's), with the given environment, and waits for /healthz. On a free
 * port unless `env.PORT` names one (a node restarted where its proxy expects it).
 * `nodeFlags` go to node before the script (the bench's profiles: `--cpu-prof` is refused in NODE_OPTIONS).
 */
export async function startServerProcess(env: Record<string, string>, args: string[] = [], nodeFlags: string[] = []): Promise<ServerProcess> {
  const port = env.PORT ? Number(env.PORT) : await freePort()
  const command = START_COMMAND.replace(/^node /, ['node', ...nodeFlags, ''].join(' '))
  const child = spawn('sh', ['-c', `exec ${command} "$@"`, 'npm-start', ...args], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout!.on('data', (d) => (output += d))
  child.stderr!.on('data', (d) => (output += d))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const baseUrl = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 120_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output}`)
    try {
      if ((await fetch(`${baseUrl}/healthz`)).ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`server did not answer /healthz in time:\n${output}`)
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  return {
    baseUrl,
    child,
    output: () => output,
    stop: () => {
      if (child.exitCode === null) child.kill('SIGTERM')
      return exited
    },
  }
}
