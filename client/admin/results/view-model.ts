import type { QueryOf } from '../../../shared/api/endpoint'
import type { endpoints } from '../../../shared/api/endpoints'
import type { Language, LocalizedText } from '../../../shared/i18n'
import { inRankOrder } from '../../../shared/indices/rank-order'
import type { BreakdownCell, Estimate, KeyedEstimate, Trend, UnitIndices } from '../../../shared/indices/schemas'
import { localize } from '../../../shared/languages'
import type { Questionnaire, QuestionnaireKind } from '../../../shared/questionnaires/schemas'
import type { ResponseChannel } from '../../../shared/responses/channels'

export { criteriaWeakestFirst } from '../../../shared/indices/weakest-criteria'
export { type FigureUnit, formatFigure, formatInterval } from '../../../shared/text/figure-format'

/** The dashboard's filters, kept in the page's query string so a view can be bookmarked and printed. */
export interface Filters {
  includeFlagged: boolean
  verifiedOnly: boolean
  channel: ResponseChannel | null
  from: string | null
  to: string | null
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** The answer channels, in the order the pages list them (as `RESPONSE_CHANNELS`, without bundling its zod schema). */
export const CHANNELS = ['kiosk', 'qr', 'interview', 'paper'] as const satisfies readonly ResponseChannel[]

export function filtersFromQuery(query: Record<string, string | undefined>): Filters {
  const date = (v: string | undefined) => (v && ISO_DATE.test(v) ? v : null)
  return {
    includeFlagged: query.includeFlagged === 'true',
    verifiedOnly: query.verifiedOnly === 'true',
    channel: CHANNELS.find((c) => c === query.channel) ?? null,
    from: date(query.from),
    to: date(query.to),
  }
}

/** The filters as the indices endpoints' query spells them. */
export type FiltersQuery = Pick<QueryOf<typeof endpoints.indices.campaign>, 'includeFlagged' | 'verifiedOnly' | 'channel' | 'from' | 'to'>

/** Only the filters that differ from the defaults, as API and page query parameters. */
export function filtersToQuery(filters: Filters): FiltersQuery {
  const query: FiltersQuery = {}
  if (filters.includeFlagged) query.includeFlagged = 'true'
  if (filters.verifiedOnly) query.verifiedOnly = 'true'
  if (filters.channel) query.channel = filters.channel
  if (filters.from) query.from = filters.from
  if (filters.to) query.to = filters.to
  return query
}

export interface RankedUnit {
  /** Place among the units with enough answers (from the API); null when indicative or without data. */
  rank: number | null
  unit: UnitIndices
}

/** Units in ranking order (ranked, then indicative, then without data), each with its place. */
export function rankUnits(units: readonly UnitIndices[]): RankedUnit[] {
  return inRankOrder(units).map((unit) => ({ rank: unit.rank, unit }))
}

/** Labels of the questionnaire's elements, criteria, expectation options and demographic groups, by key. */
export interface Labels {
  element(key: string): string
  criterion(key: string): string
  expectation(key: string): string
  /** A breakdown dimension (`channel` or a demographic item) and its groups. */
  group(by: string, group: string): string
}

export function labelsFor(questionnaire: Questionnaire | null, lang: Language, channelLabel: (channel: string) => string): Labels {
  const table = new Map<string, string>()
  const put = (prefix: string, key: string, label: LocalizedText) => table.set(`${prefix}:${key}`, localize(label, lang))
  for (const element of questionnaire?.elements ?? []) {
    put('element', element.key, element.label)
    for (const criterion of element.criteria) put('criterion', criterion.key, criterion.label)
  }
  for (const option of questionnaire?.expectations?.options ?? []) put('expectation', option.key, option.label)
  for (const item of questionnaire?.demographics ?? []) for (const option of item.options) put(`group:${item.key}`, option.key, option.label)
  const get = (prefix: string, key: string) => table.get(`${prefix}:${key}`) ?? key
  return {
    element: (key) => get('element', key),
    criterion: (key) => get('criterion', key),
    expectation: (key) => get('expectation', key),
    group: (by, group) => (by === 'channel' ? channelLabel(group) : get(`group:${by}`, group)),
  }
}

export type CriterionRow = UnitIndices['criteria'][number]

/**
 * People who answered the expectations question: each share is n / answered × 100, so any
 * chosen option gives it back (the API reports shares and counts, not the base).
 */
export function expectationsBase(expectations: UnitIndices['expectations']): number {
  const chosen = expectations.find((e) => e.share !== null && e.share > 0)
  return chosen ? Math.round((chosen.n * 100) / chosen.share!) : 0
}

/** Expectations most chosen first; options nobody chose stay listed (share 0). */
export function expectationsByShare(expectations: UnitIndices['expectations']): UnitIndices['expectations'] {
  return [...expectations].sort((a, b) => (b.share ?? -1) - (a.share ?? -1))
}

/**
 * Share of the unit's respondents flagged as suspicious. `n` counts flagged responses only
 * when they are included, so the denominator adds them back otherwise.
 */
export function flaggedShare(unit: Pick<UnitIndices, 'n' | 'flagged'>, includeFlagged: boolean): number | null {
  const total = includeFlagged ? unit.n : unit.n + unit.flagged
  return total === 0 ? null : (unit.flagged / total) * 100
}

/** The cells of one unit in a breakdown, visible ones by size, hidden ones (fewer than 5 respondents) last. */
export function unitCells(cells: readonly BreakdownCell[], agencyId: number): BreakdownCell[] {
  return cells.filter((c) => c.agencyId === agencyId).sort((a, b) => Number(a.hidden) - Number(b.hidden) || (b.n ?? 0) - (a.n ?? 0))
}

/** The estimate as the bar (value) and whisker (interval) of a chart; null parts are not drawn. */
export function chartPoint(estimate: Estimate | KeyedEstimate): { value: number | null; interval: [number, number] | null } {
  return {
    value: estimate.value,
    interval: estimate.ciLow === null || estimate.ciHigh === null ? null : [estimate.ciLow, estimate.ciHigh],
  }
}

/** `1,2,x,3` → [1, 2, 3]. */
export function parseIdList(text: string): number[] {
  return [
    ...new Set(
      text
        .split(',')
        .map(Number)
        .filter((id) => Number.isInteger(id) && id > 0),
    ),
  ]
}

/** The agencies some campaign surveyed, by name (the ones a trend can exist for). */
export function surveyedAgencies<A extends { id: number; name: string }>(agencies: readonly A[], campaigns: readonly { agencyIds: number[] }[]): A[] {
  const surveyed = new Set(campaigns.flatMap((c) => c.agencyIds))
  return agencies.filter((a) => surveyed.has(a.id)).sort((a, b) => a.name.localeCompare(b.name, 'vi'))
}

export interface TrendCell {
  campaignName: string
  sipas: Estimate
  /** Points of change since the unit's previous surveyed year; null for its first year or without data. */
  change: number | null
  /** The two years' intervals overlap: the change may be chance. */
  overlaps: boolean
}

/** The questionnaire kinds of the trends' points, the newest campaign's kind first (the default comparison). */
export function trendKinds(trends: readonly Trend[]): QuestionnaireKind[] {
  const newestFirst = trends.flatMap((t) => t.points).sort((a, b) => b.year - a.year || b.campaignId - a.campaignId)
  return [...new Set(newestFirst.map((p) => p.questionnaireKind))]
}

/**
 * Units × years, like with like: only campaigns whose questionnaire is of `kind` (a
 * one-stop campaign's satisfied share is not a SIPAS index). A unit surveyed by two such
 * campaigns in one year shows the later one, named in its cell. Each change is against the
 * unit's previous year with data.
 */
export function compareTrends(
  trends: readonly Trend[],
  kind: QuestionnaireKind | null,
): { categories: string[]; rows: { agencyId: number; name: string; cells: (TrendCell | null)[] }[] } {
  const like = trends.map((t) => ({ ...t, points: t.points.filter((p) => p.questionnaireKind === kind) }))
  const years = [...new Set(like.flatMap((t) => t.points.map((p) => p.year)))].sort((a, b) => a - b)
  const rows = like.map((trend) => {
    let previous: Estimate | null = null
    const cells = years.map((year) => {
      const point = trend.points.filter((p) => p.year === year).sort((a, b) => b.campaignId - a.campaignId)[0]
      if (!point) return null
      const { sipas } = point
      const comparable = previous?.value != null && sipas.value !== null
      const cell: TrendCell = {
        campaignName: point.campaignName,
        sipas,
        change: comparable ? sipas.value! - previous!.value! : null,
        overlaps: comparable && intervalsOverlap(previous!, sipas),
      }
      if (sipas.value !== null) previous = sipas
      return cell
    })
    return { agencyId: trend.agencyId, name: trend.name, cells }
  })
  return { categories: years.map(String), rows }
}

function intervalsOverlap(a: Estimate, b: Estimate): boolean {
  if (a.ciLow === null || a.ciHigh === null || b.ciLow === null || b.ciHigh === null) return true
  return a.ciLow <= b.ciHigh && b.ciLow <= a.ciHigh
}
