import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import type { Campaign } from '../../shared/campaigns/schemas'
import type { Plan } from '../../shared/plans/schemas'
import { loggedInAdminPage, VIEWPORTS, type Viewport } from '../helpers/admin-browser'
import { launchBrowser } from '../helpers/browser'
import { type ApiSession, loginAs } from '../helpers/survey-links'

const baseUrl = inject('baseUrl')
/** Screenshots of the plan page at three sizes, to be looked at. */
const shots = process.env.SCREENSHOT_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'hailong-plans-'))

let browser: Browser
let session: ApiSession
let plan: Plan

beforeAll(async () => {
  browser = await launchBrowser()
  session = await loginAs(baseUrl, inject('adminEmail'), inject('adminPassword'))
  plan = (await session.call<Plan[]>('/plans')).body.find((p) => p.decisionNumber === '3235/QĐ-UBND')!
})
afterAll(async () => {
  await browser?.close()
  console.log(`plan screenshots: ${shots}`)
})

const loggedInPage = (viewport: Viewport, next: string) =>
  loggedInAdminPage(browser, baseUrl, { email: inject('adminEmail'), password: inject('adminPassword') }, viewport, next)

it('shows the demo plan: three years of five units with their indices, the province per year and the never-surveyed unit warned', async () => {
  for (const viewport of Object.keys(VIEWPORTS) as (keyof typeof VIEWPORTS)[]) {
    const page = await loggedInPage(viewport, `/admin/plans/${plan.id}`)
    await page.locator('.plan-table').waitFor()
    const years = await page.locator('.plan-table thead th').allTextContents()
    expect(years.slice(1).map((y) => y.slice(0, 4))).toEqual(['2020', '2021', '2022'])
    expect(await page.locator('.plan-table tbody tr').count()).toBe(15)
    // 14 surveyed cells carry an index; the province row one figure a year
    expect(await page.locator('.plan-table tbody td.plan-cell .figure').count()).toBe(14)
    expect(await page.locator('.plan-table tfoot .figure').allTextContents()).toHaveLength(3)
    expect(await page.locator('.plan-table tfoot .figure').allTextContents()).not.toContain('—')
    await expect.poll(() => page.getByText('UBND xã Sông Mã: đến năm 2022 nhưng chưa có đợt khảo sát nào của kế hoạch.').count()).toBe(1)
    expect(await page.locator('section.card', { hasText: 'chưa được khảo sát' }).locator('li').allTextContents()).toEqual(['UBND xã Sông Mã'])
    await page.waitForLoadState('networkidle')
    await page.screenshot({ path: path.join(shots, `plan-${viewport}.png`), fullPage: true })
    await page.context().close()
  }
})

it('creates a plan year’s campaign with that year’s units pre-selected', async () => {
  const page = await loggedInPage('laptop', `/admin/plans/${plan.id}`)
  await page.getByRole('link', { name: 'Tạo đợt khảo sát năm 2022' }).click()
  await page.waitForURL(/\/admin\/campaigns\/new\?planId=/)
  await page.fill('#campaign-name', 'Khảo sát bổ sung năm 2022 (kiểm thử)')
  await page.selectOption('#campaign-questionnaire', { index: 1 })
  await page.getByRole('button', { name: 'Tạo và chọn đơn vị' }).click()
  await page.waitForURL(/\/admin\/campaigns\/\d+$/)
  const id = Number(page.url().split('/').pop())
  const campaign = (await session.call<Campaign>(`/campaigns/${id}`)).body
  expect(campaign.planId).toBe(plan.id)
  expect(campaign.year).toBe(2022)
  expect([...campaign.agencyIds].sort()).toEqual(
    plan.units
      .filter((u) => u.year === 2022)
      .map((u) => u.agencyId)
      .sort(),
  )
  await page.screenshot({ path: path.join(shots, 'plan-campaign-laptop.png'), fullPage: true })
  await page.context().close()
})

it('shows each unit’s progress towards its sample target on the campaign and results pages', async () => {
  const campaign = (await session.call<Campaign[]>('/campaigns')).body.find((c) => c.planId === plan.id && c.year === 2021)!
  for (const viewport of Object.keys(VIEWPORTS) as (keyof typeof VIEWPORTS)[]) {
    const page = await loggedInPage(viewport, `/admin/campaigns/${campaign.id}`)
    await page.locator('.target-progress').first().waitFor()
    expect(await page.locator('.target-progress progress').count()).toBe(5)
    await page.waitForLoadState('networkidle')
    await page.screenshot({ path: path.join(shots, `targets-${viewport}.png`), fullPage: true })
    await page.goto(`${baseUrl}/admin/results/${campaign.id}`)
    await page.locator('.target-progress').first().waitFor()
    expect(await page.locator('.target-progress progress').count()).toBe(5)
    await page.waitForLoadState('networkidle')
    await page.screenshot({ path: path.join(shots, `results-${viewport}.png`), fullPage: true })
    await page.context().close()
  }
})
