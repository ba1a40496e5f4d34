import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import type { Campaign } from '../../shared/campaigns/schemas'
import { seriousViolations } from '../helpers/axe'
import { launchBrowser } from '../helpers/browser'
import { loginAs } from '../helpers/survey-links'

const baseUrl = inject('baseUrl')
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/** The serious and critical axe-core violations of a page once it has loaded, with the page named. */
async function violationsOf(page: Page, path: string, ready: string) {
  await page.goto(`${baseUrl}${path}`)
  await page.locator(ready).first().waitFor()
  await page.waitForLoadState('networkidle')
  // the page itself (the results overview goes on to a campaign), not the login it would redirect to
  expect(new URL(page.url()).pathname.startsWith(path), page.url()).toBe(true)
  return { path, violations: await seriousViolations(page) }
}

it('finds no serious or critical axe-core violation on the admin login, a campaign page and the results pages', { timeout: 120_000 }, async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN' })
  const page = await context.newPage()
  const login = await violationsOf(page, '/admin/login', '#login-email')

  const session = await loginAs(baseUrl, inject('adminEmail'), inject('adminPassword'))
  const cookie = session.cookie.split('; ').map((pair) => {
    const [name, ...value] = pair.split('=')
    return { name: name!, value: value.join('='), url: baseUrl }
  })
  await context.addCookies(cookie)
  const today = new Date().toISOString().slice(0, 10)
  const campaign = (await session.call<Campaign[]>('/campaigns')).body
    .filter((c) => c.status === 'open' && c.agencyIds.length > 0 && c.startsOn <= today && today <= c.endsOn)
    .sort((a, b) => a.id - b.id)[0]!
  const results = [
    login,
    await violationsOf(page, `/admin/campaigns/${campaign.id}`, 'main h1'),
    await violationsOf(page, '/admin/results', 'main h1'),
    await violationsOf(page, `/admin/results/${campaign.id}`, 'main h1'),
    await violationsOf(page, `/admin/results/${campaign.id}/units/${campaign.agencyIds[0]}`, 'main h1'),
    await violationsOf(page, `/admin/results/${campaign.id}/report`, 'main h1'),
  ]
  expect(results.filter((r) => r.violations.length > 0)).toEqual([])
})
