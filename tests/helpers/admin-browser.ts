import type { Browser, Page } from 'playwright-core'

/** The three sizes every admin page is looked at. */
export const VIEWPORTS = { laptop: { width: 1280, height: 800 }, tablet: { width: 800, height: 1280 }, phone: { width: 360, height: 640 } } as const
export type Viewport = keyof typeof VIEWPORTS

export interface Credentials {
  email: string
  password: string
}

/** Opens `next`, logs in on the login page it is sent to, and waits to be back on `next`. */
export async function logInThroughPage(page: Page, baseUrl: string, credentials: Credentials, next: string): Promise<void> {
  await page.goto(`${baseUrl}${next}`)
  await page.waitForURL(/\/admin\/login\?next=/)
  await page.fill('#login-email', credentials.email)
  await page.fill('#login-password', credentials.password)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await page.waitForURL(`${baseUrl}${next}`)
}

/** A page of a new browser context at `next` after logging in through the login page it is sent to first. */
export async function loggedInAdminPage(browser: Browser, baseUrl: string, credentials: Credentials, viewport: Viewport, next: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: VIEWPORTS[viewport], locale: 'vi-VN' })).newPage()
  await logInThroughPage(page, baseUrl, credentials, next)
  return page
}
