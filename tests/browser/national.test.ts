import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser, Page, Response } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import type { Campaign } from '../../shared/campaigns/schemas'
import type { QuestionnaireSummary } from '../../shared/questionnaires/schemas'
import { loggedInAdminPage, VIEWPORTS, type Viewport } from '../helpers/admin-browser'
import { launchBrowser } from '../helpers/browser'
import { type ApiSession, loginAs } from '../helpers/survey-links'

const baseUrl = inject('baseUrl')
const shots = process.env.SCREENSHOT_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'hailong-national-'))

let browser: Browser
let session: ApiSession
let campaign: Campaign
let kind: string

beforeAll(async () => {
  browser = await launchBrowser()
  session = await loginAs(baseUrl, inject('adminEmail'), inject('adminPassword'))
  campaign = (await session.call<Campaign[]>('/campaigns')).body.find((c) => c.year === 2021 && c.name.includes('demo'))!
  kind = (await session.call<QuestionnaireSummary[]>('/questionnaires')).body.find((q) => q.id === campaign.questionnaireId)!.kind
})
afterAll(async () => {
  await browser?.close()
  console.log(`national screenshots: ${shots}`)
})

const loggedInPage = (viewport: Viewport) =>
  loggedInAdminPage(browser, baseUrl, { email: inject('adminEmail'), password: inject('adminPassword') }, viewport, '/admin/national')

/** The ranking of the demo campaign's year and kind, once its answer is in. */
async function showRanking(page: Page, year: string): Promise<void> {
  await page.selectOption('#ranking-kind', kind)
  const [ranked] = await Promise.all([
    page.waitForResponse((r) => r.url().includes('/api/v1/national/ranking?') && r.url().includes(`year=${year}`) && r.url().includes(`kind=${kind}`)),
    page.fill('#ranking-year', year).then(() => page.locator('#ranking-year').blur()),
  ])
  expect(ranked.status()).toBe(200)
}

it('registers the province’s own key, imports its signed bundle from the downloaded file and ranks its units', async () => {
  const page = await loggedInPage('laptop')
  const publicKey = await page.locator('code.wrap').textContent()
  await page.fill('#province-code', 'SLA')
  await page.fill('#province-name', 'Sơn La')
  await page.fill('#province-key', publicKey!)
  const [registered] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/v1/national/provinces') && r.request().method() === 'PUT'),
    page.getByRole('button', { name: 'Đăng ký tỉnh' }).click(),
  ])
  expect(registered.status()).toBe(200)
  await expect.poll(() => page.getByText('Đã đăng ký Sơn La.').count()).toBe(1)

  await page.selectOption('#bundle-campaign', String(campaign.id))
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Tải gói số liệu đã ký' }).click()])
  const file = await download.path()
  const isImport = (r: Response) => r.url().endsWith('/api/v1/national/bundles') && r.request().method() === 'POST'
  const [imported] = await Promise.all([page.waitForResponse(isImport), page.setInputFiles('#bundle-file', file)])
  expect(imported.status()).toBe(201)
  await expect.poll(() => page.getByText(/đã được nhập\./).count()).toBe(1)
  // the same file again changes nothing
  await page.setInputFiles('#bundle-file', file)
  await expect.poll(() => page.getByText(/đã có, không thay đổi\./).count()).toBe(1)

  await showRanking(page, '2021')
  const provinceRow = page.locator('table.provinces-ranking tbody tr', { hasText: 'Sơn La' })
  await expect.poll(() => provinceRow.count()).toBe(1)
  await expect.poll(() => page.locator('table.units-ranking tbody tr').count()).toBe(campaign.agencyIds.length)
  await page.context().close()
})

it('reads at every size (screenshots)', async () => {
  for (const viewport of Object.keys(VIEWPORTS) as (keyof typeof VIEWPORTS)[]) {
    const page = await loggedInPage(viewport)
    await page.locator('table', { hasText: 'SLA' }).waitFor()
    const width = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(width).toBeLessThanOrEqual(VIEWPORTS[viewport].width)
    await page.screenshot({ path: path.join(shots, `national-${viewport}.png`), fullPage: true })
    await page.context().close()
  }
})
