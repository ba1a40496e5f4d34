import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { launchBrowser } from '../helpers/browser'
import { answerOnce, queued } from '../helpers/kiosk-page'
import { type PrivateNginx, startPrivateNginx } from '../helpers/private-nginx'
import { freePort } from '../helpers/server-process'
import { createSurveyLink, loginAs } from '../helpers/survey-links'

// The deployment guide's nginx site (deploy/nginx/hailong.conf), run by Debian's nginx on
// unprivileged ports with a self-signed certificate, in front of the browser tests' server.
const SITE = fs.readFileSync(new URL('../../deploy/nginx/hailong.conf', import.meta.url), 'utf8')
const baseUrl = inject('baseUrl')
let workDir: string
let nginx: PrivateNginx | undefined
let httpsUrl: string
let browser: Browser

beforeAll(async () => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hailong-https-'))
  const cert = path.join(workDir, 'cert.pem')
  const key = path.join(workDir, 'key.pem')
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  )
  const [httpsPort, httpPort] = [await freePort(), await freePort()]
  const site = SITE.replace('server 127.0.0.1:3000;', `server ${new URL(baseUrl).host};`)
    .replace('listen 443 ssl http2;', `listen 127.0.0.1:${httpsPort} ssl http2;`)
    .replace('listen 80;', `listen 127.0.0.1:${httpPort};`)
    .replaceAll('hailong.example.gov.vn', 'localhost')
    .replace('/etc/ssl/hailong/fullchain.pem', cert)
    .replace('/etc/ssl/hailong/privkey.pem', key)
  expect(site).not.toContain('/etc/ssl/hailong')
  fs.writeFileSync(path.join(workDir, 'site.conf'), site)
  nginx = startPrivateNginx(workDir, ['access_log off;', `include ${path.join(workDir, 'site.conf')};`])
  httpsUrl = `https://localhost:${httpsPort}`
  browser = await launchBrowser(['--ignore-certificate-errors'])
  // nginx is up when it answers through to the server
  const probe = await browser.newContext({ ignoreHTTPSErrors: true })
  for (let attempt = 0; ; attempt++) {
    if (nginx.child.exitCode !== null) throw new Error(`nginx exited: ${nginx.output()}`)
    if (
      (await probe.request.get(`${httpsUrl}/healthz`).then(
        (r) => r.status(),
        () => 0,
      )) === 200
    )
      break
    if (attempt > 100) throw new Error(`nginx did not answer: ${nginx.output()}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  await probe.close()
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await nginx?.stop()
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true })
})

it('serves the kiosk over HTTPS: it installs its service worker, answers offline and syncs', { timeout: 120_000 }, async () => {
  const session = await loginAs(baseUrl, inject('adminEmail'), inject('adminPassword'))
  const { path: kioskPath } = await createSurveyLink(session, 'kiosk')
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  const accepted: number[] = []
  page.on('response', (response) => {
    if (response.request().method() === 'POST' && /\/responses$/.test(response.url())) accepted.push(response.status())
  })
  await page.clock.install({ time: Date.now() - 5 * 60_000 })
  await page.goto(`${httpsUrl}${kioskPath}`)
  await page.getByRole('button', { name: 'Bắt đầu' }).waitFor()
  expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL)).toMatch(/^https:\/\/localhost:/)

  await answerOnce(page, 0)
  await expect.poll(() => accepted.filter((s) => s === 201).length, { timeout: 15_000 }).toBe(1)
  await page.clock.runFor(70_000)

  await context.setOffline(true)
  await page.getByRole('button', { name: 'Bắt đầu' }).waitFor()
  await answerOnce(page, 1)
  await page.clock.runFor(30_000)
  await expect.poll(() => queued(page)).toBe('1')
  await page.reload() // the service worker serves the kiosk without network
  await page.getByRole('button', { name: 'Bắt đầu' }).waitFor()

  await context.setOffline(false)
  await expect.poll(() => queued(page), { timeout: 30_000 }).toBe('0')
  // stored (201), or found already stored when a send cut short by the reload is replayed (200)
  await expect.poll(() => accepted.filter((s) => s === 201 || s === 200).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(2)
  await context.close()
})

it('speaks HTTP/2, sets the session cookie Secure behind the proxy, and enforces the body limits of the site', { timeout: 60_000 }, async () => {
  // context.request is Playwright's own client, not chromium: it needs its own leave for the certificate
  const context = await browser.newContext({ ignoreHTTPSErrors: true })
  const page = await context.newPage()
  await page.goto(`${httpsUrl}/healthz`)
  expect(await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).nextHopProtocol)).toBe('h2')
  const login = await context.request.post(`${httpsUrl}/api/v1/auth/login`, { data: { email: inject('adminEmail'), password: inject('adminPassword') } })
  expect(login.status()).toBe(200)
  const cookies = await context.cookies(httpsUrl)
  expect(cookies.length).toBeGreaterThan(0)
  for (const cookie of cookies) expect(cookie.secure).toBe(true)

  // an answer above 64 KB is stopped by nginx before it reaches the server
  const big = await context.request.post(`${httpsUrl}/api/v1/public/surveys/ANY/responses`, { data: { comment: 'x'.repeat(70 * 1024) } })
  expect(big.status()).toBe(413)
  // operations endpoints are not published
  expect((await context.request.get(`${httpsUrl}/metrics`)).status()).toBe(404)
  expect((await context.request.get(`${httpsUrl}/ops/backup`)).status()).toBe(404)
  await context.close()
})
