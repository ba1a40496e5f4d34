import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { logInThroughPage } from '../helpers/admin-browser'
import { seriousViolations } from '../helpers/axe'
import { launchBrowser } from '../helpers/browser'
import { createSurveyLink, loginAs } from '../helpers/survey-links'

const baseUrl = inject('baseUrl')
const shots = process.env.SCREENSHOT_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'hailong-cases-'))
const SIZES = [
  { width: 1280, height: 800 },
  { width: 800, height: 1280 },
  { width: 360, height: 640 },
]
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
  console.log(`cases screenshots: ${shots}`)
})
afterAll(async () => {
  await browser?.close()
})

async function shootAllSizes(page: Page, name: string) {
  for (const size of SIZES) {
    await page.setViewportSize(size)
    await page.screenshot({ path: path.join(shots, `${name}-${size.width}x${size.height}.png`), fullPage: true })
  }
}

it('closes the loop: a dissatisfied phone answer with a phone number gets a code, the unit manager sees it masked and replies, the citizen reads the reply', async () => {
  const admin = await loginAs(baseUrl, inject('adminEmail'), inject('adminPassword'))
  const { path: surveyPath, agencyId, campaignId } = await createSurveyLink(admin, 'qr')
  const manager = { email: `don-vi.${Date.now()}@hailong.local`, password: 'mật-khẩu-đơn-vị-1' }
  const created = await admin.call('/users', { body: { ...manager, name: 'Cán bộ Một cửa', role: 'unit_manager', agencyId } })
  expect(created.status).toBe(201)

  // the citizen, on a phone
  const phone = await browser.newContext({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true, locale: 'vi-VN' })
  const citizen = await phone.newPage()
  await citizen.goto(`${baseUrl}${surveyPath}`)
  await citizen.getByRole('button', { name: 'Gửi đánh giá' }).waitFor()
  await citizen.locator('input[name="overall"]').first().check()
  await citizen.fill('#comment', 'Chờ 3 lần vẫn chưa có kết quả. Gọi cho tôi số 0912 345 678 nhé.')
  await citizen.getByLabel('Tôi muốn được trả lời').check()
  const [response] = await Promise.all([
    citizen.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/responses')),
    citizen.getByRole('button', { name: 'Gửi đánh giá' }).click(),
  ])
  expect(response.status()).toBe(201)
  const shown = citizen.locator('[data-follow-up-code]')
  await shown.waitFor()
  const code = (await shown.getAttribute('data-follow-up-code'))!
  expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/)
  expect(await citizen.locator('.follow-up-qr').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true)
  expect(await seriousViolations(citizen)).toEqual([])
  await shootAllSizes(citizen, 'thank-you')

  // the unit manager, in the admin
  const office = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN' })
  const staff = await office.newPage()
  await logInThroughPage(staff, baseUrl, manager, '/admin/cases')
  const row = staff.locator('tr', { hasText: code })
  await row.waitFor()
  expect(await row.textContent()).toContain('[số điện thoại đã ẩn]')
  expect(await staff.locator('body').textContent()).not.toContain('0912 345 678')
  await shootAllSizes(staff, 'inbox')
  await staff.setViewportSize(SIZES[0]!)
  await row.getByRole('link', { name: code }).click()
  await staff.getByLabel('Trả lời công khai').fill('Đơn vị xin lỗi ông/bà. Kết quả đã được trả vào ngày hôm nay.')
  await staff.getByLabel('Trạng thái').selectOption('answered')
  await staff.getByRole('button', { name: 'Lưu' }).click()
  await staff.getByRole('status').filter({ hasText: 'Đã lưu.' }).waitFor()
  await shootAllSizes(staff, 'case')

  // the figures: on the home page the unit's open cases, on the results page the loop per unit
  await staff.goto(`${baseUrl}/admin`)
  await staff.getByRole('heading', { name: 'Ý kiến cần trả lời' }).waitFor()
  await shootAllSizes(staff, 'home')
  await staff.goto(`${baseUrl}/admin/results/${campaignId}`)
  const figures = staff.locator('.case-figures')
  await figures.getByRole('heading', { name: 'Trả lời ý kiến người dân' }).waitFor()
  expect(await figures.locator('tbody tr').count()).toBe(1)
  await shootAllSizes(staff, 'results')

  // the citizen reads the reply
  await citizen.goto(`${baseUrl}/f/${code}`)
  expect(await citizen.locator('body').textContent()).toContain('Đơn vị xin lỗi ông/bà. Kết quả đã được trả vào ngày hôm nay.')
  expect(await citizen.locator('body').textContent()).toContain('Đơn vị đã trả lời.')
  expect(await seriousViolations(citizen)).toEqual([])
  await shootAllSizes(citizen, 'follow-up')
  await citizen.goto(`${baseUrl}/f/AAAAAAAA`)
  expect(await citizen.getByRole('heading', { name: 'Không tìm thấy mã theo dõi' }).count()).toBe(1)
  expect(await seriousViolations(citizen)).toEqual([])
  await shootAllSizes(citizen, 'follow-up-404')
  await phone.close()
  await office.close()
})
