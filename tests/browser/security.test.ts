import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { SurveyLink } from '../../shared/links/schemas'
import { launchBrowser } from '../helpers/browser'
import { type ApiSession, createSurveyLink, loginAs } from '../helpers/survey-links'

const baseUrl = inject('baseUrl')
/** Screenshots land here, to be looked at. */
const shots = process.env.SCREENSHOT_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'hailong-security-'))
let browser: Browser
let context: BrowserContext
let session: ApiSession

beforeAll(async () => {
  browser = await launchBrowser()
  session = await loginAs(baseUrl, inject('adminEmail'), inject('adminPassword'))
  context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN' })
  const login = await context.request.post(`${baseUrl}/api/v1/auth/login`, { data: { email: inject('adminEmail'), password: inject('adminPassword') } })
  expect(login.status()).toBe(200)
})
afterAll(async () => {
  await browser?.close()
  console.log(`security screenshots: ${shots}`)
})

/** Chromium reports each Content-Security-Policy violation as a console error. */
function cspViolations(page: Page): string[] {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`)
  })
  return violations
}

describe('under the Content-Security-Policy', () => {
  it('runs the admin pages (charts, QR images), the printable poster, the survey pages with their service worker and the API reference without a violation', async () => {
    const qr = await createSurveyLink(session, 'qr')
    const kiosk = await createSurveyLink(session, 'kiosk')
    const page = await context.newPage()
    const violations = cspViolations(page)

    await page.goto(`${baseUrl}/admin/results/${qr.campaignId}`)
    await page.locator('canvas').first().waitFor()
    await page.locator('table.results-table').waitFor()
    await page.goto(`${baseUrl}/admin/campaigns/${qr.campaignId}/units/${qr.agencyId}`)
    await page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('img.qr')
      return img?.complete && img.naturalWidth > 0 // loaded, not blocked
    })
    await page.goto(`${baseUrl}/posters/${qr.code}`)
    expect(await page.locator('.unit').evaluate((el) => getComputedStyle(el).textTransform)).toBe('uppercase') // its <style> applied
    await page.goto(`${baseUrl}${qr.path}`)
    await page.getByRole('button', { name: 'Gửi đánh giá' }).waitFor()
    expect(await page.evaluate(async () => Boolean(await navigator.serviceWorker.ready))).toBe(true)
    await page.goto(`${baseUrl}${kiosk.path}`)
    await page.getByRole('button', { name: 'Bắt đầu' }).waitFor()
    await page.goto(`${baseUrl}/api/v1/docs`)
    await page.getByRole('heading', { name: 'Hài Lòng API' }).waitFor()

    expect(violations).toEqual([])
    await page.close()
  })
})

it('shows “not found” once for /admin/results/abc instead of asking for /campaigns/NaN in a loop', async () => {
  const page = await context.newPage()
  const asked: string[] = []
  page.on('request', (request) => {
    if (request.url().includes('/api/v1/')) asked.push(new URL(request.url()).pathname)
  })
  await page.goto(`${baseUrl}/admin/results/abc`)
  await page.getByRole('heading', { name: 'Không tìm thấy trang' }).waitFor()
  await page.waitForLoadState('networkidle')
  // the menu's count of overdue feedback cases is asked on every page, with no id
  expect(asked.filter((pathname) => !/^\/api\/v1\/(auth\/me|campaigns|cases\/summary)$/.test(pathname))).toEqual([])
  for (const [width, height] of [
    [1280, 800],
    [800, 1280],
    [360, 640],
  ] as const) {
    await page.setViewportSize({ width, height })
    await page.screenshot({ path: path.join(shots, `not-found-${width}x${height}.png`) })
  }
  await page.close()
})

it('refuses a revoke sent by a page on another port of the same host, with the admin’s cookie', async () => {
  const { code, campaignId, agencyId } = await createSurveyLink(session, 'qr')
  // the attacker's page: a body-less POST needs no CORS preflight, and same-site carries the SameSite=Strict cookie
  const attacker = http.createServer((_req, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    res.end(`<!doctype html><title>other port</title><script>
      fetch(${JSON.stringify(`${baseUrl}/api/v1/links/${code}/revoke`)}, { method: 'POST', mode: 'no-cors', credentials: 'include' })
        .then(() => { document.title = 'sent' }, () => { document.title = 'failed' })
    </script>`)
  })
  await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve))
  try {
    const page = await context.newPage()
    const answer = page.waitForResponse((response) => response.url().endsWith(`/links/${code}/revoke`))
    await page.goto(`http://127.0.0.1:${(attacker.address() as AddressInfo).port}/`)
    expect((await answer).status()).toBe(403)
    const links = await session.call<SurveyLink[]>(`/campaigns/${campaignId}/units/${agencyId}/links`)
    expect(links.body.find((link) => link.code === code)?.revoked).toBe(false)
    await page.close()
  } finally {
    attacker.close()
  }
})
