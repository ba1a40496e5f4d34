import type { ComponentChildren } from 'preact'
import { render } from 'preact'
import { act } from 'preact/test-utils'
import { LocationProvider, Route, Router } from 'preact-iso'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { OverviewPage, ReportPage, UnitPage } from '../../client/admin/results'
import { SessionProvider, useSession } from '../../client/admin/session'
import { setLanguage } from '../../client/i18n/language'
import type { Role } from '../../shared/auth/schemas'
import type { CampaignIndices, Estimate, UnitIndices } from '../../shared/indices/schemas'
import type { Questionnaire } from '../../shared/questionnaires/schemas'
import { campaignFixture, smallSipasDefinition } from '../helpers/fixtures'

const campaign = campaignFixture([1, 2])
const questionnaire = {
  ...smallSipasDefinition,
  id: 3,
  name: 'SIPAS',
  kind: 'sipas2017',
  version: 1,
  status: 'published',
  scoring: 'share45',
  basedOnId: null,
  builtin: true,
  publishedAt: null,
} as unknown as Questionnaire
const [first, second] = smallSipasDefinition.elements as [(typeof smallSipasDefinition.elements)[number], (typeof smallSipasDefinition.elements)[number]]

const est = (value: number | null, n: number, ciLow: number | null = null, ciHigh: number | null = null): Estimate => ({
  value,
  n,
  ciLow,
  ciHigh,
  indicative: n < 30,
})

function unitIndices(agencyId: number, name: string, sipas: Estimate, criteria: [number | null, number | null], rank: number | null = null): UnitIndices {
  return {
    agencyId,
    name,
    n: sipas.n,
    flagged: 3,
    rank,
    sipas,
    elements: [
      { key: first.key, ...sipas },
      { key: second.key, ...est(null, 0) },
    ],
    elementsWithoutData: [second.key],
    criteria: first.criteria.map((c, i) => ({ key: c.key, element: first.key, ...est(criteria[i] ?? null, sipas.n, 50, 90) })),
    expectations: [],
    overall: est(70, sipas.n, 60, 80),
    points: null,
  }
}

const indices: CampaignIndices = {
  campaignId: 7,
  campaignName: campaign.name,
  year: 2026,
  scoring: 'share45',
  filters: { includeFlagged: false, verifiedOnly: false, channel: null, from: null, to: null },
  unit: 'percent',
  units: [unitIndices(1, 'Sở Tư pháp', est(72.46, 140, 66.1, 78.2), [60.5, 84.4], 1), unitIndices(2, 'UBND xã Mường La', est(91, 12, 80.2, 97.5), [95, 87])],
}

let root: HTMLElement
let requests: string[]

let role: Role

function respond(url: string): unknown {
  const path = new URL(url, 'http://localhost').pathname
  if (path === '/api/v1/auth/me') return { id: 1, email: 'can.bo@sonla.gov.vn', name: 'Cán bộ', role, agencyId: null, organisationId: null }
  if (path === '/api/v1/campaigns') return [campaign]
  if (path === '/api/v1/campaigns/7') return campaign
  if (path === '/api/v1/questionnaires/3') return questionnaire
  if (path === '/api/v1/campaigns/7/indices') return indices
  if (path === '/api/v1/campaigns/7/indices/breakdowns')
    return {
      campaignId: 7,
      by: 'channel',
      filters: indices.filters,
      cells: [{ agencyId: 1, group: 'kiosk', n: null, hidden: true, sipas: null, overall: null }],
    }
  if (path === '/api/v1/campaigns/7/indices/timeline')
    return { campaignId: 7, interval: 'day', filters: indices.filters, points: [{ period: '2026-11-20', responses: 143, flagged: 3, flaggedShare: 2.1 }] }
  throw new Error(`unexpected ${url}`)
}

/** As in the app, whose pages render only once the session is known (Guarded). */
function WhenLoggedIn({ children }: { children: ComponentChildren }) {
  return useSession().state.status === 'user' ? children : null
}

async function show(url: string) {
  history.replaceState(null, '', url)
  await act(async () => {
    render(
      <SessionProvider>
        <WhenLoggedIn>
          <LocationProvider>
            <Router>
              <Route path="/admin/results/:campaignId" component={OverviewPage} />
              <Route path="/admin/results/:campaignId/units/:agencyId" component={UnitPage} />
              <Route path="/admin/results/:campaignId/report" component={ReportPage} />
            </Router>
          </LocationProvider>
        </WhenLoggedIn>
      </SessionProvider>,
      root,
    )
  })
  await vi.waitFor(() => expect(root.querySelector('table tbody tr')).not.toBeNull())
}

const rows = (selector: string) =>
  [...root.querySelectorAll(`${selector} tbody tr`)].map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim()))

beforeEach(() => {
  setLanguage('vi')
  role = 'viewer'
  requests = []
  vi.spyOn(console, 'error').mockImplementation(() => {}) // chart.js cannot draw without a canvas context here
  vi.stubGlobal('fetch', async (url: string) => {
    requests.push(url)
    return new Response(JSON.stringify(respond(url)), { status: 200, headers: { 'Content-Type': 'application/json' } })
  })
  root = document.createElement('div')
  document.body.append(root)
})
afterEach(() => {
  render(null, root)
  root.remove()
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

describe('results pages', () => {
  it('ranks the units with index, interval and n, marks the small sample and explains elements without data', async () => {
    await show('/admin/results/7?includeFlagged=true')
    expect(rows('table.results-table')).toEqual([
      ['1', 'Sở Tư pháp', '72,5%', '66,1–78,2%', '140', '3', `Không có dữ liệu: ${second.label.vi} — chỉ số là trung bình của 1/2 yếu tố`],
      ['Không xếp hạng — dưới 30 câu trả lời hợp lệ, chỉ số chỉ để tham khảo'],
      [
        'không xếp hạng',
        'UBND xã Mường La',
        '91,0% tham khảo',
        '80,2–97,5%',
        '12',
        '3',
        `Không có dữ liệu: ${second.label.vi} — chỉ số là trung bình của 1/2 yếu tố`,
      ],
    ])
    // the filters of the page reach the API and the export links
    expect(requests.some((r) => r.startsWith('/api/v1/campaigns/7/indices?includeFlagged=true'))).toBe(true)
    const xlsx = [...root.querySelectorAll('a')].find((a) => a.textContent === 'Excel (XLSX)')
    expect(xlsx?.getAttribute('href')).toBe('/api/v1/campaigns/7/export.xlsx?includeFlagged=true')
    // raw responses are for admins only
    expect([...root.querySelectorAll('a')].some((a) => a.textContent?.startsWith('Phiếu ẩn danh'))).toBe(false)
  })

  it('offers admins the anonymous responses, with and without comments', async () => {
    role = 'admin'
    await show('/admin/results/7')
    await vi.waitFor(() => expect([...root.querySelectorAll('a')].some((a) => a.textContent === 'Phiếu ẩn danh (CSV)')).toBe(true))
    const hrefs = Object.fromEntries([...root.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]))
    expect(hrefs['Phiếu ẩn danh (CSV)']).toBe('/api/v1/campaigns/7/responses.csv')
    expect(hrefs['Phiếu ẩn danh kèm ý kiến (CSV)']).toBe('/api/v1/campaigns/7/responses.csv?includeComments=true')
  })

  it('lists a unit’s criteria weakest first and hides a channel with fewer than 5 respondents', async () => {
    await show('/admin/results/7/units/1')
    expect(rows('table.criteria-table').map((r) => [r[0], r[2], r[4]])).toEqual([
      [first.criteria[0]!.label.vi, '60,5%', '140'],
      [first.criteria[1]!.label.vi, '84,4%', '140'],
    ])
    expect(root.textContent).toContain('Ẩn: dưới 5 người trả lời')
    expect(root.querySelector('[role=note]')?.textContent).toContain('1/2 yếu tố có dữ liệu')
    expect(requests.some((r) => r.includes('/indices?agencyId=1'))).toBe(true)
  })

  it('dates the printable report by Viet Nam’s calendar and words its filters and method as the exports do', async () => {
    // 18:00 UTC on 31 December is already 1 January in Viet Nam, whatever the browser's zone.
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-12-31T18:00:00Z'))
    try {
      await show('/admin/results/7/report')
    } finally {
      vi.useRealTimers()
    }
    const header = root.querySelector('header.report-title')!.textContent
    expect(header).toContain('Lập ngày 01/01/2027')
    expect(header).toContain('Không tính các phiếu bị gắn cờ nghi vấn')
    const method = [...root.querySelectorAll('table.report-method tr')].map((tr) => [...tr.children].map((cell) => cell.textContent))
    expect(method[1]).toEqual([
      'Chỉ số tiêu chí',
      '(Số câu trả lời mức 4 hoặc 5) / (số câu trả lời hợp lệ mức 1–5) × 100%. "Không trả lời" không tính vào mẫu số.',
    ])
    expect(method.map(([heading]) => heading)).toContain('Ẩn danh')
  })
})
