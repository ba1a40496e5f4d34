import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { criteriaWeakestFirst, formatFigure, formatInterval, rankUnits } from '../../client/admin/results/view-model'
import { todayInVietnam } from '../../shared/calendar/vietnam-time'
import type { Campaign } from '../../shared/campaigns/schemas'
import type { CampaignIndices, Trend } from '../../shared/indices/schemas'
import type { Questionnaire } from '../../shared/questionnaires/schemas'
import { launchBrowser } from '../helpers/browser'
import { createLink, drawSubmission, post, seededRandom, sendResponses } from '../helpers/seed-responses'
import { type ApiSession, loginAs } from '../helpers/survey-links'

const baseUrl = inject('baseUrl')
/** Screenshots and the printed report land here, to be looked at. */
const shots = process.env.SCREENSHOT_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'hailong-results-'))
let browser: Browser
let context: BrowserContext
let session: ApiSession
let campaign: Campaign
let questionnaire: Questionnaire

/** The demo campaign gets answers of known profiles; a campaign of the year before surveys two of its units. */
async function seed() {
  session = await loginAs(baseUrl, inject('adminEmail'), inject('adminPassword'))
  const campaigns = await session.call<Campaign[]>('/campaigns')
  campaign = campaigns.body.find((c) => c.status === 'open' && c.agencyIds.length >= 4)!
  questionnaire = (await session.call<Questionnaire>(`/questionnaires/${campaign.questionnaireId}`)).body
  const [a, b, c, d] = campaign.agencyIds as [number, number, number, number]
  const random = seededRandom(2026)
  await sendResponses(baseUrl, session, campaign, a, questionnaire, { qr: 40, kiosk: 12 }, { satisfied: 0.88, gaveFeedback: 0.4 }, random)
  await sendResponses(baseUrl, session, campaign, b, questionnaire, { qr: 36, kiosk: 0 }, { satisfied: 0.7, gaveFeedback: 0.5 }, random)
  // few answers, nobody gave feedback: indicative, and the feedback element has no data
  await sendResponses(baseUrl, session, campaign, c, questionnaire, { qr: 12, kiosk: 0 }, { satisfied: 0.95, gaveFeedback: 0 }, random)
  await sendResponses(baseUrl, session, campaign, d, questionnaire, { qr: 31, kiosk: 0 }, { satisfied: 0.78, gaveFeedback: 0.3 }, random)
  // six identical answer sets from one link: the fifth and sixth are flagged as a burst
  const burstLink = await createLink(session, campaign.id, d, 'qr')
  const same = drawSubmission(questionnaire, { satisfied: 1, gaveFeedback: 0 }, random)
  for (let i = 0; i < 6; i++) await post(baseUrl, burstLink, { ...same, clientId: crypto.randomUUID() })

  const lastYear = await session.call<Campaign>('/campaigns', {
    body: {
      name: `Khảo sát sự hài lòng năm ${campaign.year - 1}`,
      year: campaign.year - 1,
      startsOn: todayInVietnam(),
      endsOn: todayInVietnam(),
      questionnaireId: campaign.questionnaireId,
    },
  })
  expect(lastYear.status).toBe(201)
  expect((await session.call(`/campaigns/${lastYear.body.id}/units`, { method: 'PUT', body: { agencyIds: [a, b] } })).status).toBe(200)
  expect((await session.call(`/campaigns/${lastYear.body.id}`, { method: 'PATCH', body: { status: 'open' } })).status).toBe(200)
  const opened = (await session.call<Campaign>(`/campaigns/${lastYear.body.id}`)).body
  await sendResponses(baseUrl, session, opened, a, questionnaire, { qr: 32, kiosk: 0 }, { satisfied: 0.75, gaveFeedback: 0.4 }, random)
  await sendResponses(baseUrl, session, opened, b, questionnaire, { qr: 33, kiosk: 0 }, { satisfied: 0.72, gaveFeedback: 0.4 }, random)
}

beforeAll(async () => {
  browser = await launchBrowser()
  await seed()
  context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' })
  const login = await context.request.post(`${baseUrl}/api/v1/auth/login`, { data: { email: inject('adminEmail'), password: inject('adminPassword') } })
  expect(login.status()).toBe(200)
}, 180_000)
afterAll(async () => {
  await browser?.close()
  console.log(`results screenshots: ${shots}`)
})

async function indices(query = ''): Promise<CampaignIndices> {
  const response = await session.call<CampaignIndices>(`/campaigns/${campaign.id}/indices${query}`)
  expect(response.status).toBe(200)
  return response.body
}

async function shoot(page: Page, name: string) {
  await page.waitForTimeout(400) // chart animations settle
  await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true })
}

/** Rank, unit, index, interval, n and the indicative mark of each row of the ranking table. */
async function rankingRows(page: Page) {
  return page.locator('table.results-table tbody tr:not(.group-row)').evaluateAll((rows) =>
    rows.map((row) => {
      const cells = row.querySelectorAll('td, th')
      return {
        rank: cells[0]!.textContent,
        name: cells[1]!.textContent,
        value: cells[2]!.querySelector('strong')!.textContent,
        indicative: cells[2]!.querySelector('.badge-indicative') !== null,
        interval: cells[3]!.textContent,
        n: cells[4]!.textContent,
      }
    }),
  )
}

function expectedRanking(data: CampaignIndices) {
  return rankUnits(data.units).map(({ rank, unit }) => ({
    rank: rank !== null ? String(rank) : unit.sipas.value === null ? '—' : 'không xếp hạng',
    name: unit.name,
    value: formatFigure(unit.sipas.value, 'percent', 'vi'),
    indicative: unit.sipas.value !== null && unit.sipas.indicative,
    interval: formatInterval(unit.sipas, 'percent', 'vi'),
    n: String(unit.sipas.n),
  }))
}

describe('results dashboard', () => {
  it('ranks the units with the figures of the API, n and intervals, indicative ones marked', async () => {
    const page = await context.newPage()
    // this campaign's page itself: /admin/results opens the newest open campaign, which other test files add
    await page.goto(`${baseUrl}/admin/results/${campaign.id}`)
    await page.locator('table.results-table tbody tr').first().waitFor()
    const data = await indices()
    const rows = await rankingRows(page)
    expect(rows).toEqual(expectedRanking(data))
    expect(rows.some((r) => r.indicative)).toBe(true)
    expect(rows.filter((r) => r.value !== '—').every((r) => /^\d{1,3},\d%$/.test(r.value!))).toBe(true) // 80,5%
    await shoot(page, '1-overview')

    // the export buttons carry the filters
    await page.getByLabel('Tính cả phiếu bị gắn cờ nghi vấn').check()
    await page.waitForURL(/includeFlagged=true/)
    const flaggedIn = await indices('?includeFlagged=true')
    await expect.poll(() => rankingRows(page)).toEqual(expectedRanking(flaggedIn))
    expect(await page.getByRole('link', { name: 'Excel (XLSX)' }).getAttribute('href')).toBe(`/api/v1/campaigns/${campaign.id}/export.xlsx?includeFlagged=true`)
    const csv = await context.request.get(`${baseUrl}${await page.getByRole('link', { name: 'CSV', exact: true }).getAttribute('href')}`)
    expect(csv.status()).toBe(200)
    await page.getByLabel('Kênh').selectOption('kiosk')
    await page.waitForURL(/channel=kiosk/)
    await expect.poll(async () => rankingRows(page)).toEqual(expectedRanking(await indices('?includeFlagged=true&channel=kiosk')))
    await shoot(page, '2-overview-kiosk-flagged')
    await page.close()
  })

  it('asks for the figures again with their ETag when the page is opened again, and shows the copy the browser kept', async () => {
    const page = await context.newPage()
    const isIndices = (url: string) => new RegExp(`/campaigns/${campaign.id}/indices(\\?|$)`).test(url)
    const first = page.waitForResponse((r) => isIndices(r.url()))
    await page.goto(`${baseUrl}/admin/results/${campaign.id}`)
    const etag = await (await first).headerValue('etag')
    expect(etag).toMatch(/^W\/"/)
    await page.locator('table.results-table tbody tr').first().waitFor()
    const again = page.waitForRequest((r) => isIndices(r.url()))
    await page.reload()
    expect(await (await again).headerValue('if-none-match')).toBe(etag)
    await page.locator('table.results-table tbody tr').first().waitFor()
    expect(await rankingRows(page)).toEqual(expectedRanking(await indices()))
    await page.close()
  })

  it('shows a unit: elements, criteria weakest first, channels, and explains elements without data', async () => {
    const data = await indices()
    const weakUnit = data.units.find((u) => u.elementsWithoutData.length > 0 && u.n > 0)!
    const fullUnit = data.units.find((u) => u.agencyId === campaign.agencyIds[0])!
    const page = await context.newPage()
    const scriptErrors: string[] = []
    page.on('pageerror', (error) => scriptErrors.push(error.message))
    await page.goto(`${baseUrl}/admin/results/${campaign.id}/units/${fullUnit.agencyId}`)
    await page.getByRole('heading', { name: fullUnit.name }).waitFor()
    const criteriaRows = await page
      .locator('table.criteria-table tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => [row.querySelector('th')!.textContent, row.querySelector('strong')!.textContent, row.querySelectorAll('td')[3]!.textContent]),
      )
    const labels = new Map(questionnaire.elements.flatMap((e) => e.criteria.map((c) => [c.key, c.label.vi])))
    expect(criteriaRows).toEqual(criteriaWeakestFirst(fullUnit.criteria).map((c) => [labels.get(c.key), formatFigure(c.value, 'percent', 'vi'), String(c.n)]))
    const sipasCard = page.locator('.card').first()
    expect(await sipasCard.locator('strong').textContent()).toBe(formatFigure(fullUnit.sipas.value, 'percent', 'vi'))
    expect(
      await page
        .getByRole('row', { name: /Máy tính bảng tại quầy/ })
        .locator('td')
        .first()
        .textContent(),
    ).toBe('12')
    await shoot(page, '3-unit')

    await page.goto(`${baseUrl}/admin/results/${campaign.id}/units/${weakUnit.agencyId}`)
    await page.getByRole('heading', { name: weakUnit.name }).waitFor()
    const note = page.getByRole('note')
    expect(await note.textContent()).toContain(`${weakUnit.elements.length - weakUnit.elementsWithoutData.length}/${weakUnit.elements.length}`)
    expect(await page.locator('.badge-indicative').count()).toBeGreaterThan(0)
    await shoot(page, '4-unit-indicative')
    // the unit page drew its charts without a script error (it threw "t.forEach is not a function")
    expect(scriptErrors).toEqual([])
    await page.close()
  })

  it('compares units across years with the trend of the API', async () => {
    const [a, b] = campaign.agencyIds as [number, number]
    const page = await context.newPage()
    await page.goto(`${baseUrl}/admin/results/compare?units=${a},${b}`)
    await page.locator('table.results-table tbody tr').nth(1).waitFor()
    for (const id of [a, b]) {
      const trend = (await session.call<Trend>(`/agencies/${id}/trend`)).body
      expect(trend.points.map((p) => p.year).sort()).toEqual([campaign.year - 1, campaign.year])
      const cells = await page.getByRole('row', { name: trend.name }).locator('td strong').allTextContents()
      expect(cells).toEqual([...trend.points].sort((x, y) => x.year - y.year).map((p) => formatFigure(p.sipas.value, 'percent', 'vi')))
    }
    await shoot(page, '5-compare')
    await page.close()
  })

  it('lays out the overview, a unit and the comparison at kiosk, portrait and phone sizes without script errors', async () => {
    const data = await indices()
    const small = data.units.find((u) => u.sipas.indicative && u.sipas.value !== null)!
    expect(small.rank).toBeNull()
    const [a, b] = campaign.agencyIds as [number, number]
    for (const [width, height] of [
      [1280, 800],
      [800, 1280],
      [360, 640],
    ] as const) {
      const page = await context.newPage()
      await page.setViewportSize({ width, height })
      const scriptErrors: string[] = []
      page.on('pageerror', (error) => scriptErrors.push(error.message))
      await page.goto(`${baseUrl}/admin/results/${campaign.id}`)
      await page.locator('table.results-table tr.group-row').waitFor()
      await shoot(page, `7-overview-${width}x${height}`)
      await page.goto(`${baseUrl}/admin/results/${campaign.id}/units/${small.agencyId}`)
      await page.getByRole('heading', { name: small.name }).waitFor()
      await shoot(page, `8-unit-${width}x${height}`)
      await page.goto(`${baseUrl}/admin/results/compare?units=${a},${b}`)
      await page.locator('table.results-table tbody tr').nth(1).waitFor()
      await shoot(page, `9-compare-${width}x${height}`)
      expect(scriptErrors).toEqual([])
      await page.close()
    }
  })

  it('prints the report on A4 without the admin navigation', async () => {
    const page = await context.newPage()
    await page.goto(`${baseUrl}/admin/results/${campaign.id}/report`)
    await page.locator('table.report-table tbody tr').first().waitFor()
    const data = await indices()
    const values = await page.locator('table.report-table').first().locator('tbody tr td:nth-child(3) strong').allTextContents()
    expect(values).toEqual(rankUnits(data.units).map(({ unit }) => formatFigure(unit.sipas.value, 'percent', 'vi')))
    await shoot(page, '6-report-screen')
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('header.topbar').isVisible()).toBe(false)
    expect(await page.getByRole('button', { name: 'In / lưu PDF' }).isVisible()).toBe(false)
    const pdfPath = path.join(shots, 'report.pdf')
    await page.pdf({ path: pdfPath, format: 'A4', preferCSSPageSize: true, printBackground: true })
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-']).toString()
    expect(text).toContain('BÁO CÁO KẾT QUẢ KHẢO SÁT')
    expect(text).toContain('Phương pháp tính')
    const pageSize = execFileSync('pdfinfo', [pdfPath]).toString()
    expect(pageSize).toMatch(/Page size:.*\(A4\)/)
    await page.close()
  })
})
