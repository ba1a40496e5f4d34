import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { expect, inject, it } from 'vitest'
import type { Campaign } from '../../shared/campaigns/schemas'
import type { SurveyLink } from '../../shared/links/schemas'
import type { QuestionnaireSummary } from '../../shared/questionnaires/schemas'
import { logInThroughPage } from '../helpers/admin-browser'
import { useBrowserAndAdmin } from '../helpers/browser'

const baseUrl = inject('baseUrl')
/** Screenshots of every admin page, laptop and tablet, to be looked at. */
const shots = process.env.SCREENSHOT_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'hailong-admin-'))
const VIEWPORTS = { laptop: { width: 1366, height: 768 }, tablet: { width: 800, height: 1280 } } as const
// Departments not surveyed by the demo campaign, so the other browser suites keep their data.
const UNITS = ['Sở Công Thương', 'Sở Nội vụ', 'Sở Tài chính', 'Sở Xây dựng', 'Sở Giáo dục và Đào tạo']
const SIXTH = 'Sở Khoa học và Công nghệ'
// two years back: the newest open campaign stays the demo one
const YEAR = new Date().getFullYear() - 2
const CAMPAIGN = `Khảo sát kiểm thử giao diện ${YEAR}`

const suite = useBrowserAndAdmin(baseUrl, { email: inject('adminEmail'), password: inject('adminPassword') }, { what: 'admin', dir: shots })

async function newPage(viewport: keyof typeof VIEWPORTS): Promise<Page> {
  const page = await (await suite.browser.newContext({ viewport: VIEWPORTS[viewport], locale: 'vi-VN' })).newPage()
  page.on('dialog', (dialog) => void dialog.accept())
  return page
}

const logIn = (page: Page, next = '/admin') => logInThroughPage(page, baseUrl, { email: inject('adminEmail'), password: inject('adminPassword') }, next)

async function shoot(page: Page, name: string) {
  await page.waitForLoadState('networkidle')
  await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true })
}

const unitCheckbox = (page: Page, name: string) => page.locator('.unit-picker label.check', { hasText: name }).locator('input')

it('shows a wrong password next to the login form and redirects to the page asked for after login', async () => {
  const page = await newPage('laptop')
  await page.goto(`${baseUrl}/admin/campaigns`)
  await page.waitForURL(/\/admin\/login\?next=%2Fadmin%2Fcampaigns/)
  await page.fill('#login-email', inject('adminEmail'))
  await page.fill('#login-password', 'not the password')
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await expect.poll(() => page.locator('.alert-error').innerText()).toContain('Email hoặc mật khẩu không đúng')
  await shoot(page, 'laptop-login-error')
  await page.fill('#login-password', inject('adminPassword'))
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await page.waitForURL(`${baseUrl}/admin/campaigns`)
  expect(await page.locator('header .who').innerText()).toContain('Quản trị viên')
  await page.context().close()
})

it('creates a campaign with 5 units and SIPAS 2017, opens it and makes its kiosk and QR links', async () => {
  const page = await newPage('laptop')
  await logIn(page, '/admin/campaigns/new')

  // field errors from the API appear next to their fields, and nothing is created
  await page.fill('#campaign-year', String(YEAR))
  await page.getByRole('button', { name: 'Tạo và chọn đơn vị' }).click()
  await expect.poll(() => page.locator('#campaign-name-error').innerText()).toBe('Bắt buộc nhập')
  expect(await page.locator('#campaign-name').getAttribute('aria-invalid')).toBe('true')
  expect(await page.locator('#campaign-questionnaire-error').innerText()).toBe('Bắt buộc nhập')
  await shoot(page, 'laptop-campaign-new-errors')
  expect((await suite.session.call<Campaign[]>('/campaigns')).body.some((c) => c.name === CAMPAIGN)).toBe(false)

  const questionnaires = (await suite.session.call<QuestionnaireSummary[]>('/questionnaires')).body
  const sipas2017 = questionnaires.find((q) => q.kind === 'sipas2017' && q.status === 'published')!
  // drafts cannot be chosen: only published versions are offered
  const offered = await page
    .locator('#campaign-questionnaire option')
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean))
  expect(offered.sort()).toEqual(
    questionnaires
      .filter((q) => q.status === 'published')
      .map((q) => String(q.id))
      .sort(),
  )

  await page.fill('#campaign-name', CAMPAIGN)
  await page.fill('#campaign-starts', `${YEAR}-03-01`)
  await page.fill('#campaign-ends', `${YEAR}-11-30`)
  await page.selectOption('#campaign-questionnaire', String(sipas2017.id))
  await page.getByRole('button', { name: 'Tạo và chọn đơn vị' }).click()
  await page.waitForURL(/\/admin\/campaigns\/\d+$/)
  const campaignId = Number(page.url().split('/').pop())

  for (const unit of UNITS) await unitCheckbox(page, unit).check()
  await expect.poll(() => page.locator('.picker-count').innerText()).toBe('Đã chọn 5 đơn vị')
  expect(await page.locator('.unit-picker .alert-warning').count()).toBe(0)
  // a sixth unit is allowed, with the plan's warning
  await unitCheckbox(page, SIXTH).check()
  await expect.poll(() => page.locator('.unit-picker .alert-warning').innerText()).toContain('5 đơn vị mỗi năm')
  await shoot(page, 'laptop-campaign-units-warning')
  await unitCheckbox(page, SIXTH).uncheck()
  await page.getByRole('button', { name: 'Lưu danh sách đơn vị' }).click()
  await expect.poll(() => page.getByText('Đã lưu danh sách đơn vị.').count()).toBe(1)

  await page.getByRole('button', { name: 'Mở đợt khảo sát' }).click()
  await expect.poll(() => page.locator('.page-head .badge').innerText()).toBe('Đang mở')
  await shoot(page, 'laptop-campaign-open')

  const campaign = (await suite.session.call<Campaign>(`/campaigns/${campaignId}`)).body
  expect(campaign).toMatchObject({
    name: CAMPAIGN,
    year: YEAR,
    startsOn: `${YEAR}-03-01`,
    endsOn: `${YEAR}-11-30`,
    questionnaireId: sipas2017.id,
    status: 'open',
    warnings: [],
  })
  expect(campaign.agencyIds).toHaveLength(5)

  // survey links of the first unit: a kiosk per tablet and a QR code
  await page.locator('.unit-list li', { hasText: UNITS[0]! }).getByRole('link', { name: 'Đường dẫn, mã QR' }).click()
  await page.waitForURL(/\/units\/\d+$/)
  const agencyId = Number(page.url().split('/').pop())
  await page.getByRole('button', { name: 'Tạo đường dẫn' }).click()
  await expect.poll(() => page.locator('#link-label-error').innerText()).toBe('Bắt buộc nhập')
  await page.fill('#link-label', 'Quầy số 1')
  await page.getByRole('button', { name: 'Tạo đường dẫn' }).click()
  await expect.poll(() => page.locator('.link-card').count()).toBe(1)
  await page.getByLabel('Mã QR cho điện thoại').check()
  await page.fill('#link-label', 'Cửa ra vào tầng 1')
  await page.getByRole('button', { name: 'Tạo đường dẫn' }).click()
  await expect.poll(() => page.locator('.link-card').count()).toBe(2)
  await expect.poll(() => page.locator('.link-card img.qr').evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0)
  await shoot(page, 'laptop-links-made')

  const links = (await suite.session.call<SurveyLink[]>(`/campaigns/${campaignId}/units/${agencyId}/links`)).body
  expect(links.map((l) => [l.channel, l.label]).sort()).toEqual([
    ['kiosk', 'Quầy số 1'],
    ['qr', 'Cửa ra vào tầng 1'],
  ])
  const qr = links.find((l) => l.channel === 'qr')!
  expect(await page.locator('.link-card', { hasText: 'Cửa ra vào tầng 1' }).getByRole('link', { name: 'In áp phích A5' }).getAttribute('href')).toBe(
    `/posters/${qr.code}?size=a5`,
  )
  expect(await page.locator('.link-card', { hasText: 'Cửa ra vào tầng 1' }).getByRole('link', { name: 'Xem trước' }).getAttribute('href')).toBe(
    `${qr.url}?preview=1`,
  )
  const qrCard = page.locator('.link-card', { hasText: 'Cửa ra vào tầng 1' })
  await qrCard.getByLabel('Số phiếu hẹn có mã xác nhận').fill('4')
  const [slips] = await Promise.all([page.waitForEvent('popup'), qrCard.getByRole('button', { name: 'In phiếu hẹn có mã' }).click()])
  await slips.waitForLoadState()
  expect(await slips.locator('.slip').count()).toBe(4)
  const slipCodes = await slips.locator('.slip .code').allInnerTexts()
  expect(slipCodes.every((code) => /^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/.test(code))).toBe(true)
  await shoot(slips, 'laptop-receipt-slips')
  await slips.close()
  const kiosk = links.find((l) => l.channel === 'kiosk')!
  expect(await page.locator('.link-card', { hasText: 'Quầy số 1' }).getByRole('link', { name: 'Mở trang kiosk' }).getAttribute('href')).toBe(kiosk.url)

  await page.locator('.link-card', { hasText: 'Quầy số 1' }).getByRole('button', { name: 'Thu hồi' }).click()
  await expect.poll(() => page.locator('.link-card.revoked').count()).toBe(1)
  expect((await suite.session.call<SurveyLink[]>(`/campaigns/${campaignId}/units/${agencyId}/links`)).body.find((l) => l.id === kiosk.id)!.revoked).toBe(true)
  await page.context().close()
})

it('renders every admin page on a laptop and a 10-inch tablet, in Vietnamese and English', async () => {
  const campaigns = (await suite.session.call<Campaign[]>('/campaigns')).body
  const campaign = campaigns.find((c) => c.name === CAMPAIGN) ?? campaigns[0]!
  const sipas2017 = (await suite.session.call<QuestionnaireSummary[]>('/questionnaires')).body.find((q) => q.kind === 'sipas2017')!
  const pages = {
    home: '/admin',
    agencies: '/admin/agencies',
    questionnaires: '/admin/questionnaires',
    questionnaire: `/admin/questionnaires/${sipas2017.id}`,
    campaigns: '/admin/campaigns',
    'campaign-new': '/admin/campaigns/new',
    campaign: `/admin/campaigns/${campaign.id}`,
    links: `/admin/campaigns/${campaign.id}/units/${campaign.agencyIds[0]}`,
    users: '/admin/users',
    audit: '/admin/audit',
  }
  for (const viewport of ['laptop', 'tablet'] as const) {
    const page = await newPage(viewport)
    await logIn(page)
    for (const [name, url] of Object.entries(pages)) {
      await page.goto(`${baseUrl}${url}`)
      await page.waitForSelector('main h1')
      expect(await page.locator('.alert-error').count(), `${name} loads without an error`).toBe(0)
      await shoot(page, `${viewport}-${name}`)
    }
    await page.getByRole('button', { name: 'English' }).click()
    await expect.poll(() => page.locator('nav.sidenav').innerText()).toContain('Agencies')
    await shoot(page, `${viewport}-audit-en`)
    await page.context().close()
  }
})
