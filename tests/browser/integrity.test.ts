import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import type { Campaign } from '../../shared/campaigns/schemas'
import type { CampaignIndices } from '../../shared/indices/schemas'
import { loggedInAdminPage, VIEWPORTS, type Viewport } from '../helpers/admin-browser'
import { launchBrowser } from '../helpers/browser'
import { type ApiSession, loginAs } from '../helpers/survey-links'

const baseUrl = inject('baseUrl')
/** Screenshots of the integrity panel and its review at three sizes, to be looked at. */
const shots = process.env.SCREENSHOT_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'hailong-integrity-'))

let browser: Browser
let session: ApiSession
let campaign: Campaign

beforeAll(async () => {
  browser = await launchBrowser()
  session = await loginAs(baseUrl, inject('adminEmail'), inject('adminPassword'))
  campaign = (await session.call<Campaign[]>('/campaigns')).body.find((c) => c.status === 'closed' && c.year === 2020)!
})
afterAll(async () => {
  await browser?.close()
  console.log(`integrity screenshots: ${shots}`)
})

const loggedInPage = (viewport: Viewport, next: string) =>
  loggedInAdminPage(browser, baseUrl, { email: inject('adminEmail'), password: inject('adminPassword') }, viewport, next)

it('shows the demo kiosk burst at 22:00 with its signs explained, at three sizes', async () => {
  for (const viewport of Object.keys(VIEWPORTS) as (keyof typeof VIEWPORTS)[]) {
    const page = await loggedInPage(viewport, `/admin/campaigns/${campaign.id}`)
    await page.getByRole('link', { name: 'Độ tin cậy số liệu' }).click()
    await page.waitForURL(`${baseUrl}/admin/campaigns/${campaign.id}/integrity`)
    await page.getByRole('heading', { name: 'Độ tin cậy của số liệu' }).waitFor()
    const notable = page.locator('.integrity-unit .signal.notable')
    await expect.poll(() => notable.count()).toBeGreaterThan(0)
    await expect.poll(() => page.locator('.integrity-unit', { hasText: 'được gửi ngoài giờ tiếp nhận hồ sơ' }).first().textContent()).toContain('Đáng xem lại')
    expect(await page.getByText('Giờ tiếp nhận: Thứ Hai, Thứ Ba, Thứ Tư, Thứ Năm, Thứ Sáu, 7:00–17:00 (giờ Việt Nam).').count()).toBeGreaterThan(0)
    await page.getByText('Đợt bấm liên tiếp: 5 phiếu giống nhau').waitFor()
    await page.waitForLoadState('networkidle')
    await page.screenshot({ path: path.join(shots, `integrity-${viewport}.png`), fullPage: true })
    await page.context().close()
  }
})

it('excludes the burst with a reason, the figures follow, and undoing restores them', async () => {
  const indices = async () => (await session.call<CampaignIndices>(`/campaigns/${campaign.id}/indices?includeFlagged=true`)).body
  const before = await indices()
  const page = await loggedInPage('laptop', `/admin/campaigns/${campaign.id}/integrity`)
  await page.getByText('Đợt bấm liên tiếp: 5 phiếu giống nhau').waitFor()
  await page.getByRole('button', { name: 'Loại khỏi kết quả' }).click()
  await page.getByText('Chọn ít nhất một phiếu.').waitFor()
  await page.getByLabel(/Chọn cả đợt/).check()
  await page.getByRole('button', { name: 'Loại khỏi kết quả' }).click()
  // No reason: the field says so and nothing changes.
  await page.locator('#review-reason-error').waitFor()
  expect(await indices()).toEqual(before)
  await page.fill('#review-reason', 'Nhân viên bấm thử máy lúc 22 giờ')
  await page.getByRole('button', { name: 'Loại khỏi kết quả' }).click()
  await page.getByText('Đã áp dụng cho 5 phiếu.').waitFor()
  await expect.poll(() => page.getByText('Bị loại: Nhân viên bấm thử máy lúc 22 giờ').count()).toBe(5)
  const after = await indices()
  const total = (body: CampaignIndices) => body.units.reduce((sum, u) => sum + u.n, 0)
  expect(total(after)).toBe(total(before) - 5)
  expect(after.reviews).toEqual([{ agencyId: expect.any(Number), decision: 'exclude', reason: 'Nhân viên bấm thử máy lúc 22 giờ', n: 5 }])
  await page.waitForLoadState('networkidle')
  await page.screenshot({ path: path.join(shots, 'review-excluded-laptop.png'), fullPage: true })

  await page.getByLabel(/Chọn cả đợt/).check()
  await page.getByRole('button', { name: 'Hoàn tác quyết định' }).click()
  await expect.poll(() => page.getByText('Chưa xem xét').count()).toBe(5)
  expect(await indices()).toEqual(before)
  await page.context().close()
})
