import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { launchBrowser } from '../helpers/browser'
import { createSurveyLink, loginAs } from '../helpers/survey-links'

const baseUrl = inject('baseUrl')
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

it('answers the phone page with the keyboard alone on a 360 px screen', async () => {
  const session = await loginAs(baseUrl, inject('adminEmail'), inject('adminPassword'))
  const { path } = await createSurveyLink(session, 'qr')
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true })
  const page = await context.newPage()
  await page.goto(`${baseUrl}${path}`)
  await page.getByRole('button', { name: 'Gửi đánh giá' }).waitFor()
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360) // no sideways scrolling

  // every question is a named group, every answer a named radio
  const firstGroup = page.getByRole('group').nth(2) // after the text size and the language switch
  expect(await firstGroup.getByRole('radio').count()).toBeGreaterThanOrEqual(3)
  expect(await firstGroup.getByRole('radio', { name: 'Không trả lời' }).count()).toBe(1)

  // Tab reaches the first question after the text size and language switch (and each question's speaker when the device has a voice); arrows choose; Tab moves on until "Send"
  let reached = false
  for (let press = 0; press < 200 && !reached; press++) {
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null
      return { type: el?.type, tag: el?.tagName, text: el?.textContent ?? '', checked: el?.checked }
    })
    if (focused.type === 'radio' && !focused.checked) await page.keyboard.press('ArrowRight')
    reached = focused.tag === 'BUTTON' && focused.text === 'Gửi đánh giá'
  }
  expect(reached).toBe(true)
  expect(await page.locator('input[type=radio]:checked').count()).toBeGreaterThan(3)

  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/responses')),
    page.keyboard.press('Enter'),
  ])
  expect(response.status()).toBe(201)
  const thanks = page.getByRole('heading', { name: 'Xin cảm ơn ông/bà!' })
  await thanks.waitFor()
  expect(await thanks.evaluate((el) => el === document.activeElement)).toBe(true)
  await context.close()
})
