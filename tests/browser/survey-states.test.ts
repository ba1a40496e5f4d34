import type { Browser, Page, Route } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { seriousViolations } from '../helpers/axe'
import { launchBrowser } from '../helpers/browser'
import { type ApiSession, createTemplateLink, loginAs } from '../helpers/survey-links'

const baseUrl = inject('baseUrl')
let browser: Browser
let session: ApiSession
const screenshotDir = process.env.SCREENSHOT_DIR
const RESPONSES = '**/api/v1/public/surveys/*/responses'

beforeAll(async () => {
  browser = await launchBrowser()
  session = await loginAs(baseUrl, inject('adminEmail'), inject('adminPassword'))
})
afterAll(async () => {
  await browser?.close()
})

/** Taps a face on every scale of every kiosk step, skipping what is left, and sends. */
async function answerKiosk(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Bắt đầu' }).click()
  for (let step = 0; step < 30; step++) {
    const scales = page.locator('fieldset.scale')
    for (let i = 0; i < (await scales.count()); i++) await scales.nth(i).locator('label.face-option').nth(0).click()
    const submit = page.locator('form.step button[type=submit]')
    const last = (await submit.innerText()) === 'Gửi đánh giá'
    await submit.click()
    if (last) return
    if (await page.locator('.unanswered').count()) await submit.click()
  }
}

const queued = (page: Page) => page.locator('.staff-indicator').getAttribute('data-queued')
const retryNow = (page: Page) => page.evaluate(() => window.dispatchEvent(new Event('online')))

it('keeps an answer that a captive portal or a proxy "accepted", and delivers it once the real server is back', { timeout: 120_000 }, async () => {
  const { path } = await createTemplateLink(session, 'onestop2018', 'kiosk')
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  const portal = '<!doctype html><html><body><form action="/login">Đăng nhập Wi-Fi</form></body></html>'
  const impostors = [
    (route: Route) => route.fulfill({ status: 200, contentType: 'text/html', body: portal }),
    (route: Route) => route.fulfill({ status: 302, headers: { Location: 'http://portal.invalid/login' } }),
    (route: Route) => route.fulfill({ status: 404, contentType: 'text/html', body: '<html><body><h1>404 Not Found</h1></body></html>' }),
    (route: Route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"ok":true}' }),
  ]
  let intercepted = 0
  await page.route(RESPONSES, (route) => impostors[intercepted++]!(route))
  const delivered: { status: number; body: unknown }[] = []
  let serverBack = false
  page.on('response', async (response) => {
    if (serverBack && response.request().method() === 'POST' && response.url().endsWith('/responses')) {
      delivered.push({ status: response.status(), body: await response.json().catch(() => null) })
    }
  })
  await page.goto(`${baseUrl}${path}`)
  await answerKiosk(page)

  await page.getByText('Câu trả lời đã được lưu trên máy và sẽ tự động gửi khi có mạng.').waitFor()
  expect(await page.getByText('đã được ghi nhận').count()).toBe(0)
  if (screenshotDir) await page.screenshot({ path: `${screenshotDir}/kiosk-portal-1280x800.png` })
  for (let attempt = 2; attempt <= impostors.length; attempt++) {
    await retryNow(page)
    await expect.poll(() => intercepted).toBe(attempt)
    await expect.poll(() => queued(page)).toBe('1')
  }
  expect(await page.locator('.staff-indicator').getAttribute('data-rejected')).toBe('0')

  // the real server is reachable again
  await page.unroute(RESPONSES)
  serverBack = true
  await retryNow(page)
  await expect.poll(() => queued(page), { timeout: 20_000 }).toBe('0')
  await expect.poll(() => delivered.length).toBe(1)
  expect(delivered[0]!.status).toBe(201)
  expect(delivered[0]!.body).toMatchObject({ receipt: 'none' })
  await context.close()
})

it('tells a phone user whose slip code was not valid that the answer is recorded, once, in Vietnamese', { timeout: 60_000 }, async () => {
  const { path } = await createTemplateLink(session, 'onestop2018', 'qr')
  const context = await browser.newContext({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true })
  const page = await context.newPage()
  // the server side of 'unverified' is another change; here the page is shown the contract's answer
  await page.route(RESPONSES, (route) => {
    const { clientId } = route.request().postDataJSON() as { clientId: string }
    return route.fulfill({ status: 201, contentType: 'application/json', body: JSON.stringify({ id: 1, clientId, receipt: 'unverified' }) })
  })
  await page.goto(`${baseUrl}${path}?r=SPENT-CODE`)
  await page.getByRole('button', { name: 'Gửi đánh giá' }).waitFor()
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  const wordSize = await page
    .locator('.face-option .word')
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
  expect(wordSize).toBeGreaterThanOrEqual(14)
  if (screenshotDir) await page.screenshot({ path: `${screenshotDir}/phone-360x640-top.png` })
  expect(await seriousViolations(page)).toEqual([])
  await page.locator('fieldset.scale').first().locator('label.face-option').nth(2).click()
  if (screenshotDir) await page.screenshot({ path: `${screenshotDir}/phone-360x640-chosen.png` })
  await page.getByRole('button', { name: 'Gửi đánh giá' }).click()
  const text = 'Mã phiếu không hợp lệ hoặc đã được dùng'
  await page.getByText(text).waitFor()
  expect(await page.evaluate((t) => document.body.innerText.split(t).length - 1, text)).toBe(1)
  expect(await page.getByText('Ý kiến của ông/bà đã được ghi nhận.', { exact: false }).count()).toBe(1)
  if (screenshotDir) await page.screenshot({ path: `${screenshotDir}/phone-360x640-unverified.png` })
  expect(await seriousViolations(page)).toEqual([])
  await context.close()
})

it('tells citizens when a campaign not started yet begins, and lets staff preview it without sending', { timeout: 60_000 }, async () => {
  const next = new Date().getUTCFullYear() + 1
  const { path } = await createTemplateLink(session, 'onestop2018', 'qr', { startsOn: `${next}-03-01` })
  const context = await browser.newContext({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true })
  const page = await context.newPage()
  const posts: string[] = []
  page.on('request', (request) => {
    if (request.method() === 'POST') posts.push(request.url())
  })
  await page.goto(`${baseUrl}${path}`)
  await page.getByText(`Đợt khảo sát chưa bắt đầu: ông/bà có thể đánh giá từ ngày 01/03/${next}.`).waitFor()
  expect(await page.getByText('đã kết thúc').count()).toBe(0)
  if (screenshotDir) await page.screenshot({ path: `${screenshotDir}/phone-360x640-not-started.png` })

  await page.goto(`${baseUrl}${path}?preview=1`)
  await page.getByText('Xem trước: câu trả lời không được gửi đi.').waitFor()
  if (screenshotDir) await page.screenshot({ path: `${screenshotDir}/phone-360x640-preview.png` })
  await page.getByRole('button', { name: 'Gửi đánh giá' }).click()
  await page.getByText('Đây là bản xem trước, câu trả lời không được gửi đi.').waitFor()
  expect(posts).toEqual([])
  await context.close()
})
