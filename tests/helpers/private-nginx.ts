import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

/** Where Debian's nginx package puts the server (the CI installs it). */
export const NGINX_BIN = process.env.NGINX_BIN || '/usr/sbin/nginx'

export interface PrivateNginx {
  child: ChildProcess
  /** What nginx wrote to stderr and its error log so far. */
  output(): string
  /** SIGQUIT (finish the requests in flight), waiting for the exit. */
  stop(): Promise<void>
}

/**
 * Debian's nginx in the foreground with a configuration of the test's own in `workDir` (its
 * pid file, logs and temporary folders there too), so it needs no root and no port below
 * 1024. `http` is what goes inside `http { }`: the test's upstreams and servers.
 */
export function startPrivateNginx(workDir: string, http: string[], { workerConnections = 64 } = {}): PrivateNginx {
  const errorLog = path.join(workDir, 'error.log')
  const temp = (name: string) => `${name}_temp_path ${path.join(workDir, name)};`
  const config = path.join(workDir, 'nginx.conf')
  fs.writeFileSync(
    config,
    [
      'daemon off;',
      'worker_processes 1;',
      // as root (CI), the workers would otherwise become nobody and could not use the temporary folder
      process.getuid?.() === 0 ? 'user root;' : '',
      `pid ${path.join(workDir, 'nginx.pid')};`,
      `error_log ${errorLog} warn;`,
      `events { worker_connections ${workerConnections}; }`,
      'http {',
      '  include /etc/nginx/mime.types;',
      `  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join(' ')}`,
      ...http.map((line) => `  ${line}`),
      '}',
    ].join('\n'),
  )
  const child = spawn(NGINX_BIN, ['-p', workDir, '-c', config, '-e', errorLog], { stdio: ['ignore', 'pipe', 'pipe'] })
  let stderr = ''
  child.stderr!.on('data', (d) => (stderr += d))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  return {
    child,
    output: () => stderr + (fs.existsSync(errorLog) ? fs.readFileSync(errorLog, 'utf8') : ''),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGQUIT')
      await exited
    },
  }
}
