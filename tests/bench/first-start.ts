// The first `npm start` of a new installation: the client is built and the database created
// before the server answers. Measured as the peak resident memory of the whole process tree
// (the server and the short-lived build and cluster processes it starts), then the server's
// memory at rest after that first start and after a second one on the same files.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { DatabaseKind } from '../../server/db/database'
import { startServerProcess } from '../helpers/server-process'
import { ADMIN_EMAIL, ADMIN_PASSWORD, scratchPostgresDatabase } from './bench-target'
import { rssMb } from './memory'

export interface FirstStart {
  kind: DatabaseKind
  seconds: number
  peakTreeMb: number
  restAfterFirstMb: number
  restAfterSecondMb: number
}

export interface OneProcessStart {
  peakMb: number
  restMb: number
}

const ROOT = path.resolve(import.meta.dirname, '../..')
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Resident memory of every process below `rootPid` (not itself), in MB. */
function descendantsRssMb(rootPid: number): number {
  const parents = new Map<number, number>()
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      // the command name (2nd field) may hold spaces: the parent pid follows its closing parenthesis
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]))
    } catch {
      // the process ended while being read
    }
  }
  const below = new Set<number>([rootPid])
  for (let grew = true; grew; ) {
    grew = false
    for (const [pid, parent] of parents) if (below.has(parent) && !below.has(pid)) below.add(pid), (grew = true)
  }
  below.delete(rootPid)
  let total = 0
  for (const pid of below) {
    try {
      total += rssMb(pid)
    } catch {
      // ended
    }
  }
  return total
}

async function peakOfTree<T>(work: () => Promise<T>): Promise<{ result: T; peakMb: number }> {
  let peakMb = 0
  const timer = setInterval(() => (peakMb = Math.max(peakMb, descendantsRssMb(process.pid))), 50)
  try {
    const result = await work()
    return { result, peakMb }
  } finally {
    clearInterval(timer)
  }
}

/** `npm start` twice on a new client folder and a new database: nothing built, nothing created. */
export async function measureFirstStart(kind: DatabaseKind, postgresUrl: string | undefined): Promise<FirstStart> {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hailong-first-start-'))
  const scratch = kind === 'postgres' && postgresUrl ? await scratchPostgresDatabase(postgresUrl) : undefined
  const env = {
    CLIENT_DIR: path.join(workDir, 'client'),
    DATA_DIR: path.join(workDir, 'data'),
    DATABASE_URL: scratch?.url ?? '',
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    LOG_LEVEL: 'warn',
  }
  try {
    const started = performance.now()
    const first = await peakOfTree(() => startServerProcess(env))
    const seconds = (performance.now() - started) / 1000
    await pause(2000)
    const restAfterFirstMb = rssMb(first.result.child.pid!)
    await first.result.stop()
    const second = await startServerProcess(env)
    await pause(2000)
    const restAfterSecondMb = rssMb(second.child.pid!)
    await second.stop()
    return { kind, seconds, peakTreeMb: first.peakMb, restAfterFirstMb, restAfterSecondMb }
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true })
    await scratch?.drop()
  }
}

/**
 * The reference in the same run: the two start-up steps as they ran before, inside one
 * process (PGlite's initdb in place, then vite's build), and that process's memory after.
 */
export async function measureOneProcessStart(): Promise<OneProcessStart> {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hailong-one-process-'))
  const script = [
    `const { PGlite } = await import('@electric-sql/pglite')`,
    `const db = await PGlite.create(process.argv[1]); await db.query('select 1')`,
    `const { build } = await import('vite'); await build({ logLevel: 'warn', build: { outDir: process.argv[2] } })`,
    `await new Promise((r) => setTimeout(r, 2000))`,
    `const status = (await import('node:fs')).readFileSync('/proc/self/status', 'utf8')`,
    `const kb = (field) => Number(status.match(new RegExp(field + ':\\\\s+(\\\\d+)'))[1])`,
    `console.log(JSON.stringify({ peakMb: kb('VmHWM') / 1024, restMb: kb('VmRSS') / 1024 }))`,
    `await db.close()`,
  ].join('\n')
  try {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script, path.join(workDir, 'pglite'), path.join(workDir, 'client')], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
    if (code !== 0) throw new Error(`the one-process start failed with exit code ${code}`)
    return JSON.parse(output.trim().split('\n').at(-1)!) as OneProcessStart
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true })
  }
}
