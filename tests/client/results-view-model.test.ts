import { describe, expect, it } from 'vitest'
import { wrapLabel } from '../../client/admin/results/chart-configs'
import { barStyle, PALETTE } from '../../client/admin/results/charts'
import {
  compareTrends,
  criteriaWeakestFirst,
  expectationsBase,
  filtersFromQuery,
  filtersToQuery,
  flaggedShare,
  formatFigure,
  formatInterval,
  labelsFor,
  parseIdList,
  rankUnits,
  surveyedAgencies,
  trendKinds,
  unitCells,
} from '../../client/admin/results/view-model'
import type { Estimate, Trend, UnitIndices } from '../../shared/indices/schemas'
import type { Questionnaire, QuestionnaireKind } from '../../shared/questionnaires/schemas'
import { smallSipasDefinition } from '../helpers/fixtures'

function estimate(value: number | null, n: number, ci?: [number, number]): Estimate {
  return { value, n, ciLow: ci?.[0] ?? null, ciHigh: ci?.[1] ?? null, indicative: n < 30 }
}

function unit(agencyId: number, name: string, sipas: Estimate, extra: Partial<UnitIndices> = {}): UnitIndices {
  return {
    agencyId,
    name,
    n: sipas.n,
    flagged: 0,
    rank: null,
    sipas,
    elements: [],
    elementsWithoutData: [],
    criteria: [],
    expectations: [],
    overall: estimate(null, 0),
    points: null,
    ...extra,
  }
}

describe('ranking', () => {
  it('lists ranked units by their place (larger sample first on a tie), then indicative units unranked, then units without data', () => {
    const ranked = rankUnits([
      unit(1, 'Sở Tư pháp', estimate(72.5, 120), { rank: 1 }),
      unit(2, 'UBND xã Mường La', estimate(null, 0)),
      unit(3, 'Văn phòng Đăng ký đất đai', estimate(91, 12)),
      unit(4, 'Trung tâm Phục vụ hành chính công', estimate(72.5, 300), { rank: 1 }),
      unit(5, 'Ban Dân tộc', estimate(65, 80), { rank: 3 }),
      unit(6, 'UBND xã Chiềng Lề', estimate(95, 6)),
    ])
    expect(ranked.map((r) => [r.rank, r.unit.agencyId])).toEqual([
      [1, 4],
      [1, 1],
      [3, 5],
      [null, 6],
      [null, 3],
      [null, 2],
    ])
  })

  it('keeps the order of units that all lack data by name, in Vietnamese collation', () => {
    const ranked = rankUnits([unit(1, 'Ủy ban', estimate(null, 0)), unit(2, 'Ban', estimate(null, 0))])
    expect(ranked.map((r) => [r.rank, r.unit.name])).toEqual([
      [null, 'Ban'],
      [null, 'Ủy ban'],
    ])
  })
})

describe('criteria weakest first', () => {
  it('sorts by index ascending, ties and no-data criteria in questionnaire order', () => {
    const c = (key: string, value: number | null) => ({ key, element: key.split('.')[0]!, ...estimate(value, value === null ? 0 : 40) })
    const sorted = criteriaWeakestFirst([c('a.one', 80), c('a.two', null), c('b.one', 55.5), c('b.two', 80), c('c.one', null), c('c.two', 91)])
    expect(sorted.map((x) => x.key)).toEqual(['b.one', 'a.one', 'b.two', 'c.two', 'a.two', 'c.one'])
  })
})

describe('number formatting', () => {
  it('writes percentages and intervals the Vietnamese way, points with two decimals', () => {
    expect(formatFigure(80.5, 'percent', 'vi')).toBe('80,5%')
    expect(formatFigure(80.5, 'percent', 'en')).toBe('80.5%')
    expect(formatFigure(100, 'percent', 'vi')).toBe('100,0%')
    expect(formatFigure(1.754, 'points', 'vi')).toBe('1,75')
    expect(formatFigure(null, 'percent', 'vi')).toBe('—')
    expect(formatInterval(estimate(80.5, 200, [74.44, 85.06]), 'percent', 'vi')).toBe('74,4–85,1%')
    expect(formatInterval(estimate(1.5, 40, [1.2, 1.8]), 'points', 'vi')).toBe('1,20–1,80')
    expect(formatInterval(estimate(90, 1), 'percent', 'vi')).toBe('—')
  })
})

describe('indicative figures and samples', () => {
  it('marks what the API marks and counts the flagged share against all respondents', () => {
    const small = unit(1, 'A', estimate(95, 12))
    expect(rankUnits([small])[0]!.unit.sipas.indicative).toBe(true)
    expect(flaggedShare({ n: 90, flagged: 10 }, false)).toBe(10)
    expect(flaggedShare({ n: 100, flagged: 10 }, true)).toBe(10)
    expect(flaggedShare({ n: 0, flagged: 0 }, false)).toBeNull()
  })

  it('recovers the number who answered the expectations question from a share', () => {
    expect(
      expectationsBase([
        { key: 'a', n: 0, share: 0 },
        { key: 'b', n: 19, share: (19 / 52) * 100 },
      ]),
    ).toBe(52)
    expect(expectationsBase([{ key: 'a', n: 0, share: null }])).toBe(0)
  })
})

describe('filters in the query string', () => {
  it('reads known values, ignores malformed ones, and writes only what differs from the defaults', () => {
    const filters = filtersFromQuery({ includeFlagged: 'true', verifiedOnly: 'yes', channel: 'fax', from: '2026-01-05', to: '5/1/2026' })
    expect(filters).toEqual({ includeFlagged: true, verifiedOnly: false, channel: null, from: '2026-01-05', to: null })
    expect(filtersToQuery(filters)).toEqual({ includeFlagged: 'true', from: '2026-01-05' })
    expect(filtersToQuery(filtersFromQuery({}))).toEqual({})
    expect(parseIdList('3,x,1,3,-2')).toEqual([3, 1])
  })
})

describe('labels and breakdowns', () => {
  const questionnaire = {
    ...smallSipasDefinition,
    demographics: [
      {
        key: 'gender',
        label: { vi: 'Giới tính', en: 'Gender' },
        options: [
          { key: 'female', label: { vi: 'Nữ', en: 'Female' } },
          { key: 'male', label: { vi: 'Nam', en: 'Male' } },
        ],
      },
    ],
  } as unknown as Questionnaire

  it('names elements, criteria and groups in the chosen language, falling back to the key', () => {
    const element = smallSipasDefinition.elements[0]!
    const vi = labelsFor(questionnaire, 'vi', (c) => `kênh ${c}`)
    const en = labelsFor(questionnaire, 'en', (c) => `channel ${c}`)
    expect(vi.element(element.key)).toBe(element.label.vi)
    expect(en.criterion(element.criteria[0]!.key)).toBe(element.criteria[0]!.label.en || element.criteria[0]!.label.vi)
    expect(vi.group('gender', 'female')).toBe('Nữ')
    expect(vi.group('channel', 'qr')).toBe('kênh qr')
    expect(vi.criterion('gone.key')).toBe('gone.key')
  })

  it('lists a unit’s visible cells by size and the hidden ones last', () => {
    const cell = (agencyId: number, group: string, n: number | null) => ({ agencyId, group, n, hidden: n === null, sipas: null, overall: null })
    expect(unitCells([cell(1, 'kiosk', null), cell(2, 'qr', 50), cell(1, 'qr', 12), cell(1, 'web', 40)], 1).map((c) => c.group)).toEqual(['web', 'qr', 'kiosk'])
  })

  it('offers only the agencies some campaign surveyed', () => {
    const agencies = [
      { id: 1, name: 'Sở Y tế' },
      { id: 2, name: 'Ban Dân tộc' },
      { id: 3, name: 'Sở Tư pháp' },
    ]
    expect(surveyedAgencies(agencies, [{ agencyIds: [3] }, { agencyIds: [2, 3] }]).map((a) => a.id)).toEqual([2, 3])
  })
})

describe('year-over-year comparison', () => {
  const point = (campaignId: number, year: number, sipas: Estimate, questionnaireKind: QuestionnaireKind = 'sipas2017') => ({
    campaignId,
    campaignName: `Đợt ${campaignId}`,
    year,
    scoring: 'share45' as const,
    questionnaireKind,
    questionnaireName: questionnaireKind,
    n: sipas.n,
    sipas,
    elements: [],
  })

  it('puts every unit on the same years, with the change since its previous year with data and whether the intervals overlap', () => {
    const trends: Trend[] = [
      { agencyId: 1, name: 'A', points: [point(1, 2024, estimate(70, 100, [65, 75])), point(3, 2026, estimate(82, 100, [78, 86]))] },
      {
        agencyId: 2,
        name: 'B',
        points: [point(2, 2025, estimate(80, 50, [70, 88])), point(4, 2026, estimate(78, 50, [68, 86])), point(5, 2026, estimate(84, 60, [76, 90]))],
      },
    ]
    const { categories, rows } = compareTrends(trends, 'sipas2017')
    expect(categories).toEqual(['2024', '2025', '2026'])
    expect(rows[0]!.cells.map((c) => c && [c.sipas.value, c.change, c.overlaps])).toEqual([[70, null, false], null, [82, 12, false]])
    // the later campaign of 2026 is shown; its change is against 2025
    expect(rows[1]!.cells.map((c) => c && [c.campaignName, c.change, c.overlaps])).toEqual([null, ['Đợt 2', null, false], ['Đợt 5', 4, true]])
  })

  it('compares like with like: a later one-stop campaign of the same year neither replaces nor joins the SIPAS figure', () => {
    const trends: Trend[] = [
      {
        agencyId: 1,
        name: 'UBND xã A',
        points: [
          point(1, 2025, estimate(80, 40, [70, 88])),
          point(2, 2026, estimate(75, 38, [62, 85])),
          point(3, 2026, estimate(100, 3, [44, 100]), 'onestop2018'),
        ],
      },
    ]
    expect(trendKinds(trends)).toEqual(['onestop2018', 'sipas2017'])
    const sipas = compareTrends(trends, 'sipas2017')
    expect(sipas.categories).toEqual(['2025', '2026'])
    expect(sipas.rows[0]!.cells.map((c) => c && [c.campaignName, c.sipas.n, c.change])).toEqual([
      ['Đợt 1', 40, null],
      ['Đợt 2', 38, -5],
    ])
    const oneStop = compareTrends(trends, 'onestop2018')
    expect(oneStop.categories).toEqual(['2026'])
    expect(oneStop.rows[0]!.cells.map((c) => c && [c.campaignName, c.sipas.n, c.change])).toEqual([['Đợt 3', 3, null]])
  })
})

describe('chart labels', () => {
  it('wraps a long label at spaces into lines of about the given width', () => {
    expect(wrapLabel('Tiếp nhận hồ sơ và trả kết quả tại Bộ phận Một cửa', 16)).toEqual(['Tiếp nhận hồ sơ', 'và trả kết quả', 'tại Bộ phận Một', 'cửa'])
    expect(wrapLabel('Ngắn', 16)).toEqual(['Ngắn'])
  })
})

describe('indicative bars', () => {
  /** WCAG contrast ratio of a #rrggbb colour against white. */
  function contrastOnWhite(hex: string): number {
    const channel = (i: number) => {
      const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
    }
    const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2)
    return 1.05 / (luminance + 0.05)
  }

  it('are outlined in a colour of at least 3:1 against white (WCAG 1.4.11), reliable bars solid', () => {
    for (const colour of [PALETTE[0]!, PALETTE[1]!]) {
      const style = barStyle([true, false], colour)
      expect(contrastOnWhite(style.borderColor)).toBeGreaterThanOrEqual(3)
      expect(style.borderWidth).toEqual([2, 0])
      expect(style.backgroundColor[1]).toBe(colour)
    }
  })
})
