import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Campaign } from '../../shared/campaigns/schemas'
import type { CampaignIndices } from '../../shared/indices/schemas'
import type { SurveyLink } from '../../shared/links/schemas'
import type { Questionnaire } from '../../shared/questionnaires/schemas'
import { formatFigure, formatInterval } from '../../shared/text/figure-format'
import { seriousViolations } from '../helpers/axe'
import { launchBrowser } from '../helpers/browser'
import { seededRandom, sendResponses } from '../helpers/seed-responses'
import { type ApiSession, loginAs } from '../helpers/survey-links'

const baseUrl = inject('baseUrl')
/** Screenshots and the printed posters land here, to be looked at. */
const shots = process.env.SCREENSHOT_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'hailong-public-results-'))
const VIEWPORTS = [
  { width: 360, height: 640 },
  { width: 800, height: 1280 },
  { width: 1280, height: 800 },
]
let browser: Browser
let session: ApiSession
/** The demo's closed campaigns of generated answers, oldest first. */
let closed: Campaign[]
/** A unit of the newest one, surveyed again in an older campaign made here: its page has a history. */
let agencyId: number
let qrLink: SurveyLink

function todayInVietnam(): string {
  return new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10)
}

/** A campaign open today over the chosen unit, with the demo campaigns' questionnaire. */
async function openCampaign(name: string, year: number): Promise<Campaign> {
  const created = await session.call<Campaign>('/campaigns', {
    body: { name, year, startsOn: todayInVietnam(), endsOn: todayInVietnam(), questionnaireId: closed[closed.length - 1]!.questionnaireId },
  })
  expect(created.status).toBe(201)
  expect((await session.call(`/campaigns/${created.body.id}/units`, { method: 'PUT', body: { agencyIds: [agencyId] } })).status).toBe(200)
  const opened = await session.call<Campaign>(`/campaigns/${created.body.id}`, { method: 'PATCH', body: { status: 'open' } })
  expect(opened.status).toBe(200)
  return opened.body
}

beforeAll(async () => {
  browser = await launchBrowser()
  session = await loginAs(baseUrl, inject('adminEmail'), inject('adminPassword'))
  closed = (await session.call<Campaign[]>('/campaigns')).body.filter((c) => c.status === 'closed' && c.name.includes('demo')).sort((a, b) => a.year - b.year)
  expect(closed.length).toBeGreaterThanOrEqual(2)
  const latest = closed[closed.length - 1]!
  agencyId = latest.agencyIds[0]!
  const questionnaire = (await session.call<Questionnaire>(`/questionnaires/${latest.questionnaireId}`)).body
  // an older campaign of the same questionnaire over the unit, so that its page has a history
  const older = await openCampaign(`Khảo sát sự hài lòng năm ${latest.year - 3} (lịch sử)`, latest.year - 3)
  await sendResponses(baseUrl, session, older, agencyId, questionnaire, { qr: 12, kiosk: 0 }, { satisfied: 0.6, gaveFeedback: 0.3 }, seededRandom(21))
  expect((await session.call(`/campaigns/${older.id}`, { method: 'PATCH', body: { status: 'closed' } })).status).toBe(200)
  closed.unshift(older)
  // the unit's QR link of an open campaign: what its results poster asks citizens to scan next time
  const next = await openCampaign('Khảo sát tiếp theo (áp phích kết quả)', latest.year + 1)
  const link = await session.call<SurveyLink>(`/campaigns/${next.id}/units/${agencyId}/links`, { body: { channel: 'qr', label: 'Cửa ra vào' } })
  expect(link.status).toBe(201)
  qrLink = link.body
}, 180_000)
afterAll(async () => {
  await browser?.close()
  console.log(`public results screenshots: ${shots}`)
})

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true })
}

async function adminPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN' })
  const login = await context.request.post(`${baseUrl}/api/v1/auth/login`, { data: { email: inject('adminEmail'), password: inject('adminPassword') } })
  expect(login.status()).toBe(200)
  const page = await context.newPage()
  page.on('dialog', (dialog) => void dialog.accept())
  return page
}

describe('public results', () => {
  it('publishes from the campaign page: nothing is public before, the card shows the state after', async () => {
    const latest = closed[closed.length - 1]!
    expect((await fetch(`${baseUrl}/ket-qua/${latest.id}`)).status).toBe(404)
    expect((await fetch(`${baseUrl}/ket-qua/${latest.id}/data.json`)).status).toBe(404)
    const page = await adminPage()
    await page.goto(`${baseUrl}/admin/campaigns/${latest.id}`)
    const card = page.locator('section.card', { has: page.getByRole('heading', { name: 'Công khai kết quả' }) })
    await card.getByText('Chưa công bố').waitFor()
    await card.getByRole('button', { name: 'Công bố kết quả' }).click()
    await card.getByText(/Đã công bố ngày/).waitFor()
    await page.mouse.move(0, 0)
    await shoot(page, 'admin-publication-card')
    expect(await card.getByRole('button', { name: 'Rút lại kết quả' }).isVisible()).toBe(true)
    for (const other of closed.slice(0, -1)) expect((await session.call(`/campaigns/${other.id}/publication`, { method: 'POST' })).status).toBe(200)
    await page.context().close()
  })

  it('shows the admin’s figures at every width, readable (axe), with the unit’s history', async () => {
    const latest = closed[closed.length - 1]!
    const admins = (await session.call<CampaignIndices>(`/campaigns/${latest.id}/indices`)).body
    const context = await browser.newContext({ locale: 'vi-VN' })
    const page = await context.newPage()
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport)
      const size = `${viewport.width}x${viewport.height}`
      await page.goto(`${baseUrl}/ket-qua`)
      expect(await page.getByRole('link', { name: latest.name }).isVisible()).toBe(true)
      await shoot(page, `list-${size}`)
      expect(await seriousViolations(page)).toEqual([])

      await page.goto(`${baseUrl}/ket-qua/${latest.id}`)
      for (const unit of admins.units) {
        const row = page.locator('tbody tr', { has: page.getByRole('link', { name: unit.name, exact: true }) })
        expect(await row.locator('.figure').textContent()).toBe(formatFigure(unit.sipas.value, 'percent', 'vi'))
        expect(await row.locator('.interval').textContent()).toBe(formatInterval(unit.sipas, 'percent', 'vi'))
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      expect(overflow).toBeLessThanOrEqual(0)
      await shoot(page, `campaign-${size}`)
      expect(await seriousViolations(page)).toEqual([])

      await page.goto(`${baseUrl}/ket-qua/${latest.id}/don-vi/${agencyId}`)
      await page.getByRole('heading', { name: /Qua các năm/ }).waitFor()
      expect(
        await page
          .locator('section', { has: page.getByRole('heading', { name: /Qua các năm/ }) })
          .locator('tbody tr')
          .count(),
      ).toBeGreaterThanOrEqual(2)
      await shoot(page, `unit-${size}`)
      expect(await seriousViolations(page)).toEqual([])
    }
    await page.goto(`${baseUrl}/ket-qua/${latest.id}`)
    await page.getByRole('link', { name: 'English' }).click()
    await page.getByRole('heading', { name: 'Results by agency and unit' }).waitFor()
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    await context.close()
  })

  it('prints the desk poster as exactly one A4 page whose QR decodes to the unit’s link', async () => {
    const latest = closed[closed.length - 1]!
    const page = await adminPage()
    await page.goto(`${baseUrl}/admin/results/${latest.id}/units/${agencyId}`)
    const card = page.locator('section.card', { has: page.getByRole('heading', { name: 'Áp phích kết quả tại quầy' }) })
    await card.getByLabel('Đơn vị làm gì để cải thiện').fill('Bố trí thêm một cán bộ hướng dẫn vào buổi sáng; niêm yết thời hạn giải quyết từng thủ tục.')
    await card.getByRole('button', { name: 'Lưu' }).click()
    await card.getByText('Đã lưu.').waitFor()
    expect(await card.getByRole('link', { name: 'In áp phích kết quả A4' }).getAttribute('href')).toBe(`/posters/results/${latest.id}/${agencyId}?size=a4`)
    await card.scrollIntoViewIfNeeded()
    await page.screenshot({ path: path.join(shots, 'admin-result-note.png') })
    for (const size of ['a4', 'a3'] as const) {
      await page.goto(`${baseUrl}/posters/results/${latest.id}/${agencyId}?size=${size}`)
      await shoot(page, `poster-${size}-screen`)
      const pdfPath = path.join(shots, `poster-${size}.pdf`)
      await page.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true })
      const info = execFileSync('pdfinfo', [pdfPath]).toString()
      expect(info).toMatch(/^Pages:\s+1$/m)
      expect(info).toMatch(new RegExp(`Page size:.*\\(${size.toUpperCase()}\\)`))
      const text = execFileSync('pdftotext', ['-layout', pdfPath, '-']).toString()
      expect(text).toContain('người dân hài lòng')
      expect(text).toContain('Bố trí thêm một cán bộ hướng dẫn')
    }
    const png = path.join(shots, 'poster-a4')
    execFileSync('pdftoppm', ['-r', '150', '-png', '-singlefile', path.join(shots, 'poster-a4.pdf'), png])
    const decoded = execFileSync('zbarimg', ['--quiet', '--raw', `${png}.png`], { encoding: 'utf8' }).trim()
    expect(decoded).toBe(qrLink.url)
    await page.context().close()
  })

  it('withdraws: the public page and its data are gone again', async () => {
    const latest = closed[closed.length - 1]!
    expect((await session.call(`/campaigns/${latest.id}/publication`, { method: 'DELETE' })).status).toBe(200)
    expect((await fetch(`${baseUrl}/ket-qua/${latest.id}`)).status).toBe(404)
    expect((await fetch(`${baseUrl}/ket-qua/${latest.id}/data.csv`)).status).toBe(404)
    expect(await (await fetch(`${baseUrl}/ket-qua`)).text()).not.toContain(`/ket-qua/${latest.id}"`)
  })
})
