import type { Browser, Page } from 'playwright-core'
import { inject } from 'vitest'

/** A fresh browser context of this size, logged in to the admin app as the demo admin through its login page, on `next`. */
export async function adminPageAt(browser: Browser, viewport: { width: number; height: number }, next: string): Promise<Page> {
  const baseUrl = inject('baseUrl')
  const page = await (await browser.newContext({ viewport, locale: 'vi-VN' })).newPage()
  await page.goto(`${baseUrl}${next}`)
  await page.waitForURL(/\/admin\/login\?next=/)
  await page.fill('#login-email', inject('adminEmail'))
  await page.fill('#login-password', inject('adminPassword'))
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await page.waitForURL(`${baseUrl}${next}`)
  return page
}
