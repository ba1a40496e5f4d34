import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { build } from 'vite'
import type { TestProject } from 'vitest/node'
import { startServerProcess } from '../helpers/server-process'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    adminEmail: string
    adminPassword: string
  }
}

const ADMIN_EMAIL = 'admin@demo.hailong.vn'
const ADMIN_PASSWORD = 'mật-khẩu-kiểm-thử-1'

/** Builds the client into a temporary folder and runs one server with demo data for all browser tests. */
export default async function setup(project: TestProject) {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hailong-browser-'))
  const clientDir = path.join(workDir, 'client')
  await build({ configFile: path.resolve(import.meta.dirname, '../../vite.config.ts'), logLevel: 'warn', build: { outDir: clientDir } })
  // Kiosk links without an interval: the results tests send a unit's kiosk answers in one go and
  // count them (inside an interval they would be kept but flagged, and left out of the indices).
  const server = await startServerProcess(
    {
      CLIENT_DIR: clientDir,
      DATA_DIR: path.join(workDir, 'data'),
      ADMIN_EMAIL,
      ADMIN_PASSWORD,
      DATABASE_URL: '',
      KIOSK_MIN_INTERVAL_SECONDS: '0',
      PROVINCE_CODE: 'SLA',
      PROVINCE_NAME: 'Sơn La',
    },
    ['--demo'],
  )
  project.provide('baseUrl', server.baseUrl)
  project.provide('adminEmail', ADMIN_EMAIL)
  project.provide('adminPassword', ADMIN_PASSWORD)
  return async () => {
    await server.stop()
    fs.rmSync(workDir, { recursive: true, force: true })
  }
}
