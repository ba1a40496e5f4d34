import { type Browser, chromium } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { type ApiSession, loginAs } from './survey-links'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Debian's chromium, headless, with the flags this closed network needs, and any `extraArgs` (e.g. a fake microphone). */
export function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...extraArgs,
    ],
  })
}

/**
 * For a browser test file: chromium and an admin's API session, opened before its tests and
 * closed after them, when the file says where it left its screenshots (`what`, `dir`).
 */
export function useBrowserAndAdmin(
  baseUrl: string,
  admin: { email: string; password: string },
  screenshots: { what: string; dir: string },
): { browser: Browser; session: ApiSession } {
  const suite = {} as { browser: Browser; session: ApiSession }
  beforeAll(async () => {
    suite.browser = await launchBrowser()
    suite.session = await loginAs(baseUrl, admin.email, admin.password)
  })
  afterAll(async () => {
    await suite.browser?.close()
    console.log(`${screenshots.what} screenshots: ${screenshots.dir}`)
  })
  return suite
}
