// `npm run dev`: the API server restarting on change (tsx watch) beside Vite's dev server
// with hot reload, which proxies /api and /healthz to it. Open http://localhost:5173/admin.
import { spawn } from 'node:child_process'

const children = [
  spawn(process.execPath, ['--import', 'tsx', '--watch', 'server/main.ts', ...process.argv.slice(2)], {
    stdio: 'inherit',
    // the dev server serves the client itself; the API server must not build it
    env: { ...process.env, CLIENT_DIR: process.env.CLIENT_DIR ?? 'dist/client', SKIP_CLIENT_BUILD: '1' },
  }),
  spawn(process.execPath, ['node_modules/vite/bin/vite.js'], { stdio: 'inherit' }),
]
const stop = () => children.forEach((child) => child.kill('SIGTERM'))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
for (const child of children) child.on('exit', stop)
