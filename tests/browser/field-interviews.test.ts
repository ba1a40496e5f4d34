import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import type { Campaign } from '../../shared/campaigns/schemas'
import type { CampaignIndices } from '../../shared/indices/schemas'
import type { Organisation } from '../../shared/organisations/schemas'
import { loggedInAdminPage, VIEWPORTS, type Viewport } from '../helpers/admin-browser'
import { seriousViolations } from '../helpers/axe'
import { launchBrowser } from '../helpers/browser'
import { type ApiSession, loginAs } from '../helpers/survey-links'

const baseUrl = inject('baseUrl')
const shots = process.env.SCREENSHOT_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'hailong-field-'))
const PASSWORD = 'mật-khẩu-điều-tra-viên'

let browser: Browser
let admin: ApiSession

beforeAll(async () => {
  browser = await launchBrowser()
  admin = await loginAs(baseUrl, inject('adminEmail'), inject('adminPassword'))
})
afterAll(async () => {
  await browser?.close()
  console.log(`field screenshots: ${shots}`)
})

/** A surveyor account, of an organisation or none. */
async function newSurveyor(organisationName: string | null): Promise<{ id: number; email: string; name: string }> {
  const organisations = await admin.call<Organisation[]>('/organisations')
  const organisation = organisations.body.find((o) => o.name === organisationName)
  const email = `dtv.${Date.now()}@sonla.vn`
  const name = `Lò Thị Điều Tra ${Date.now() % 1000}`
  const user = await admin.call<{ id: number }>('/users', {
    body: { email, name, password: PASSWORD, role: 'surveyor', organisationId: organisation?.id ?? null },
  })
  expect(user.status).toBe(201)
  return { id: user.body.id, email, name }
}

/** A new open campaign (one-stop desk questionnaire) over one demo unit. */
async function newCampaign(): Promise<{ campaignId: number; agencyId: number; unitName: string }> {
  const questionnaires = await admin.call<{ id: number; kind: string; builtin: boolean }[]>('/questionnaires')
  const questionnaire = questionnaires.body.find((q) => q.builtin && q.kind === 'onestop2018')!
  const agencies = await admin.call<{ id: number; name: string }[]>('/agencies')
  const unit = agencies.body[agencies.body.length - 2]!
  const year = new Date().getFullYear()
  const campaign = await admin.call<Campaign>('/campaigns', {
    body: { name: `Phỏng vấn thử ${Date.now()}`, year, startsOn: `${year}-01-01`, endsOn: `${year}-12-31`, questionnaireId: questionnaire.id },
  })
  expect(campaign.status).toBe(201)
  expect((await admin.call(`/campaigns/${campaign.body.id}/units`, { method: 'PUT', body: { agencyIds: [unit.id] } })).status).toBe(200)
  expect((await admin.call(`/campaigns/${campaign.body.id}`, { method: 'PATCH', body: { status: 'open' } })).status).toBe(200)
  return { campaignId: campaign.body.id, agencyId: unit.id, unitName: unit.name }
}

/** A surveyor of the provincial MTTQ on the team of a new open campaign. */
async function surveyorOnNewCampaign(): Promise<{ email: string; campaignId: number; agencyId: number; unitName: string }> {
  const surveyor = await newSurveyor('Ủy ban MTTQ Việt Nam tỉnh')
  const campaign = await newCampaign()
  expect((await admin.call(`/campaigns/${campaign.campaignId}/team`, { method: 'PUT', body: { userIds: [surveyor.id] } })).status).toBe(200)
  return { email: surveyor.email, ...campaign }
}

async function logIn(page: Page, email: string, label: string) {
  await page.goto(`${baseUrl}/field`)
  await page.getByLabel('Thư điện tử').fill(email)
  await page.getByLabel('Mật khẩu').fill(PASSWORD)
  await page.getByLabel('Tên máy (ví dụ: Máy tính bảng 3)').fill(label)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await page.getByRole('button', { name: 'Bắt đầu phỏng vấn' }).waitFor()
}

const waiting = (page: Page) => page.locator('[data-waiting]').getAttribute('data-waiting')

/** Taps one answer a question (the `variant`-th face), moves on where a question does not by itself, and saves the interview. */
async function interview(page: Page, variant: number, shot?: string) {
  const recorded = page.getByRole('heading', { name: 'Đã lưu phiếu trên máy.' })
  for (let guard = 0; guard < 60; guard++) {
    const progress = (await page.locator('.progress-text').textContent())!
    const [current, total] = progress.split('/').map(Number)
    if (shot && guard === 1) await page.screenshot({ path: shot, fullPage: true })
    const questions = page.locator('form.interview-step fieldset.scale')
    const count = await questions.count()
    for (let i = 0; i < count; i++) {
      const faces = questions.nth(i).locator('.face-option:not(.no-answer)')
      await faces.nth(variant % (await faces.count())).click()
    }
    // a tap on a single question moves on by itself; other steps and the last one wait for the button
    if (count !== 1 || current === total) await page.locator('form.interview-step button[type="submit"]').click()
    await expect.poll(async () => (await recorded.isVisible()) || (await page.locator('.progress-text').textContent()) !== progress).toBe(true)
    if (await recorded.isVisible()) return
  }
  throw new Error('the interview never ended')
}

async function interviewAnswers(campaignId: number): Promise<number> {
  const indices = await admin.call<CampaignIndices>(`/campaigns/${campaignId}/indices`)
  return indices.body.units.reduce((sum, unit) => sum + unit.n, 0)
}

it('a surveyor logs in on a tablet, records three interviews offline, reloads offline, and they are stored exactly once', { timeout: 180_000 }, async () => {
  const { email, campaignId, unitName } = await surveyorOnNewCampaign()
  const before = await interviewAnswers(campaignId)
  const context = await browser.newContext({ viewport: VIEWPORTS.tablet, locale: 'vi-VN' })
  const page = await context.newPage()
  const statuses: number[] = []
  page.on('response', (response) => {
    if (response.request().method() === 'POST' && response.url().endsWith('/api/v1/field/responses')) statuses.push(response.status())
  })
  await logIn(page, email, 'Máy tính bảng MTTQ 1')
  expect(await page.getByText(unitName).count()).toBeGreaterThan(0)
  // the service worker keeps the page for days without network
  await expect.poll(() => page.evaluate(async () => Boolean(await caches.match('/field.html'))), { timeout: 20_000 }).toBe(true)

  await context.setOffline(true)
  await page.getByRole('button', { name: 'Bắt đầu phỏng vấn' }).click()
  for (let person = 0; person < 3; person++) {
    await interview(page, person)
    if (person < 2) await page.getByRole('button', { name: 'Phỏng vấn người tiếp theo' }).click()
  }
  await page.getByRole('button', { name: 'Về trang chính' }).click()
  await expect.poll(() => waiting(page)).toBe('3')
  expect(await page.getByText('3 phiếu đang chờ gửi').count()).toBe(1)

  // closed or reloaded without network: the app opens from the device, the answers still wait
  await page.reload()
  await page.getByRole('button', { name: 'Bắt đầu phỏng vấn' }).waitFor()
  await expect.poll(() => waiting(page)).toBe('3')
  expect(await page.getByText('Chưa đồng bộ lần nào').count()).toBe(1)

  await context.setOffline(false)
  await expect.poll(() => waiting(page), { timeout: 30_000 }).toBe('0')
  await page.getByText(/Lần đồng bộ cuối/).waitFor()
  expect(statuses.filter((s) => s === 201)).toHaveLength(3)
  // the results count grows by three, not six (the rollups fold answers in the background)
  await expect.poll(() => interviewAnswers(campaignId), { timeout: 30_000 }).toBe(before + 3)
  await context.close()
})

it('is readable and accessible on a laptop, a tablet and a phone (screenshots, axe-core)', { timeout: 180_000 }, async () => {
  const { email } = await surveyorOnNewCampaign()
  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    const context = await browser.newContext({ viewport, locale: 'vi-VN' })
    const page = await context.newPage()
    await page.goto(`${baseUrl}/field`)
    await page.getByRole('button', { name: 'Đăng nhập' }).waitFor()
    expect(await seriousViolations(page)).toEqual([])
    await page.screenshot({ path: path.join(shots, `field-login-${name}.png`), fullPage: true })
    await logIn(page, email, `Máy ${name}`)
    expect(await seriousViolations(page)).toEqual([])
    await page.screenshot({ path: path.join(shots, `field-home-${name}.png`), fullPage: true })
    await page.getByRole('button', { name: 'Bắt đầu phỏng vấn' }).click()
    await page.locator('.interview-step legend').first().waitFor()
    expect(await seriousViolations(page)).toEqual([])
    await interview(page, 3, path.join(shots, `field-question-${name}.png`))
    expect(await seriousViolations(page)).toEqual([])
    await page.screenshot({ path: path.join(shots, `field-recorded-${name}.png`), fullPage: true })
    await context.close()
  }
})

it('switches the page and the questionnaire to English together, with the survey’s language switch', { timeout: 60_000 }, async () => {
  const { email } = await surveyorOnNewCampaign()
  const context = await browser.newContext({ viewport: VIEWPORTS.tablet, locale: 'vi-VN' })
  const page = await context.newPage()
  await logIn(page, email, 'Máy tiếng Anh')
  await page.getByRole('button', { name: 'English' }).click()
  await page.getByRole('heading', { name: 'Survey interviews' }).waitFor()
  expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true')
  await page.getByRole('button', { name: 'Start the interview' }).click()
  await page.getByRole('button', { name: 'Cancel this interview' }).waitFor()
  // the survey's own words (a step's part) and the page's are both English
  expect(await page.locator('.interview-step h1').first().textContent()).toMatch(/\(part \d+ of \d+\)/)
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
  await context.close()
})

async function adminPage(viewport: Viewport, next: string): Promise<Page> {
  const page = await loggedInAdminPage(browser, baseUrl, { email: inject('adminEmail'), password: inject('adminPassword') }, viewport, next)
  page.on('dialog', (dialog) => void dialog.accept())
  return page
}

it('an admin adds an organisation, sets a surveyor’s, puts them on a campaign’s team, and revokes their device: the device keeps its answer until a new login', {
  timeout: 180_000,
}, async () => {
  const surveyor = await newSurveyor(null)
  const { campaignId } = await newCampaign()
  const organisation = `Ban Dân tộc tỉnh ${Date.now()}`

  const users = await adminPage('laptop', '/admin/users')
  await users.getByLabel('Tên cơ quan').fill(organisation)
  await users.getByRole('button', { name: 'Thêm cơ quan' }).click()
  await users.getByText(`Đã thêm ${organisation}.`).waitFor()
  await users.getByLabel(`Cơ quan phối hợp của ${surveyor.name}`).selectOption({ label: organisation })
  await expect
    .poll(async () => (await admin.call<{ id: number; organisationId: number | null }[]>('/users')).body.find((u) => u.id === surveyor.id)?.organisationId)
    .not.toBeNull()
  await users.screenshot({ path: path.join(shots, 'admin-users-laptop.png'), fullPage: true })

  await users.goto(`${baseUrl}/admin/campaigns/${campaignId}`)
  await users.getByRole('checkbox', { name: new RegExp(surveyor.name) }).check()
  await users.locator('section.team').getByRole('button', { name: 'Lưu' }).click()
  await users.getByText('Đã lưu tổ khảo sát.').waitFor()
  const team = await admin.call<{ members: { id: number; organisationName: string }[] }>(`/campaigns/${campaignId}/team`)
  expect(team.body.members).toEqual([expect.objectContaining({ id: surveyor.id, organisationName: organisation })])
  await users.locator('section.team').screenshot({ path: path.join(shots, 'admin-team-laptop.png') })
  await users.context().close()

  // the surveyor's tablet logs in and records an interview online
  const tablet = await (await browser.newContext({ viewport: VIEWPORTS.tablet, locale: 'vi-VN' })).newPage()
  await logIn(tablet, surveyor.email, 'Máy Ban Dân tộc')
  expect(await tablet.getByText(organisation).count()).toBeGreaterThan(0)

  for (const name of Object.keys(VIEWPORTS) as Viewport[]) {
    const devices = await adminPage(name, '/admin/devices')
    await devices.getByRole('cell', { name: 'Máy Ban Dân tộc' }).waitFor()
    await devices.screenshot({ path: path.join(shots, `admin-devices-${name}.png`), fullPage: true })
    if (name === 'phone') {
      await devices
        .getByRole('row', { name: /Máy Ban Dân tộc/ })
        .getByRole('button', { name: 'Thu hồi' })
        .click()
      await devices
        .getByRole('row', { name: /Máy Ban Dân tộc/ })
        .getByText(/Đã thu hồi lúc/)
        .waitFor()
    }
    await devices.context().close()
  }

  // revoked: the interview is refused and waits on the device; a new login sends it
  await tablet.getByRole('button', { name: 'Bắt đầu phỏng vấn' }).click()
  await interview(tablet, 1)
  await tablet.getByRole('button', { name: 'Về trang chính' }).click()
  await tablet.getByText('Phiên làm việc của máy này đã bị thu hồi hoặc đã hết hạn', { exact: false }).waitFor()
  expect(await waiting(tablet)).toBe('1')
  expect(await interviewAnswers(campaignId)).toBe(0)
  await tablet.screenshot({ path: path.join(shots, 'field-revoked-tablet.png'), fullPage: true })
  await tablet.getByLabel('Mật khẩu').fill(PASSWORD)
  await tablet.getByLabel('Tên máy (ví dụ: Máy tính bảng 3)').fill('Máy Ban Dân tộc (lần 2)')
  await tablet.getByRole('button', { name: 'Đăng nhập' }).click()
  await expect.poll(() => waiting(tablet), { timeout: 30_000 }).toBe('0')
  await expect.poll(() => interviewAnswers(campaignId), { timeout: 30_000 }).toBe(1)
  await tablet.context().close()

  // for accountability, the admin sees on the team card how many interviews each surveyor recorded
  const campaignPage = await adminPage('tablet', `/admin/campaigns/${campaignId}`)
  await campaignPage.locator('section.team').getByText('1 phiếu phỏng vấn, 0 bị đánh dấu').waitFor()
  await campaignPage.locator('section.team').screenshot({ path: path.join(shots, 'admin-team-tablet.png') })
  await campaignPage.context().close()
})
