import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { launchBrowser } from '../helpers/browser'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

it('renders the admin app with its Vietnamese title', async () => {
  const page = await browser.newPage()
  await page.goto(`${inject('baseUrl')}/admin`)
  await page.waitForSelector('header')
  expect(await page.title()).toContain('Hài Lòng')
  expect(await page.locator('header').innerText()).toContain('Hài Lòng')
  await page.close()
})
