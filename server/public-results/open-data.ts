import type { Estimate } from '../../shared/indices/schemas'
import { MIN_CELL_RESPONDENTS, MIN_RELIABLE_N } from '../../shared/indices/thresholds'
import type { Config } from '../config'
import { CSV_DIALECTS, type CsvDialect, type CsvValue, csvDocument } from '../exports/csv'
import type { PublishedResults } from './published-results'
import { campaignPath } from './render-pages'

export const OPEN_DATA_FORMAT = 'hai-long/published-results'
export const OPEN_DATA_FORMAT_VERSION = 1

const METHOD = {
  share45:
    'Criterion index: answers 4 or 5 / valid answers 1-5 x 100. Element index: mean of its criteria with data. Unit index (sipas): mean of the elements with data.',
  points:
    'One-stop desk: mean points per indicator (0-2), total = sum of the indicator means; the unit index (sipas) is the share of satisfied overall ratings.',
} as const

const INTERVALS =
  'Criterion and shares: Wilson 95%. Element and unit index: linearised (delta-method) 95% interval over respondents; below 30 respondents Korn-Graubard (Wilson on the effective sample size, Student-t adjusted).'

/** A criterion's count behind its figure: satisfied answers (share45) or the sum of points. */
function criterionSum(value: number | null, n: number, scoring: PublishedResults['scoring']): number | null {
  if (value === null) return null
  return scoring === 'points' ? Math.round(value * n * 1e6) / 1e6 : Math.round((value * n) / 100)
}

const figure = ({ value, n, ciLow, ciHigh, indicative }: Estimate) => ({ value, n, ciLow, ciHigh, indicative })

/** Every unit's figures, with the element and criterion labels and each criterion's sum. */
function unitsData(results: PublishedResults) {
  const { definition } = results
  const label = new Map([
    ...definition.elements.map((e) => [e.key, e.label] as const),
    ...definition.elements.flatMap((e) => e.criteria.map((c) => [c.key, c.label] as const)),
  ])
  return results.units.map((u) => ({
    agencyId: u.agencyId,
    name: u.name,
    hidden: u.hidden,
    respondents: u.n,
    rank: u.rank,
    index: u.sipas && figure(u.sipas),
    overall: u.overall && figure(u.overall),
    points: u.points && { total: u.points.total, max: u.points.max, grade: u.points.grade },
    elementsWithoutData: u.elementsWithoutData,
    complaints: u.complaints,
    elements: u.elements.map((e) => ({ key: e.key, label: label.get(e.key) ?? null, ...figure(e) })),
    criteria: u.criteria.map((c) => ({
      key: c.key,
      element: c.element,
      label: label.get(c.key) ?? null,
      ...figure(c),
      sum: criterionSum(c.value, c.n, results.scoring),
    })),
  }))
}

/**
 * The open-data JSON of a published campaign: every figure exactly as the admin results give it
 * (unrounded), with per-criterion sums, the licence and the method. It is the unsigned precursor
 * of the national roll-up bundle (docs/open-data.md).
 */
export function openDataJson(results: PublishedResults, config: Pick<Config, 'publicUrl' | 'province' | 'openDataLicence'>) {
  const { campaign } = results
  return {
    format: OPEN_DATA_FORMAT,
    formatVersion: OPEN_DATA_FORMAT_VERSION,
    source: `${config.publicUrl}${campaignPath(campaign.id)}`,
    publisher: config.province?.name ?? null,
    licence: config.openDataLicence,
    campaign: {
      id: campaign.id,
      name: campaign.name,
      year: campaign.year,
      startsOn: campaign.startsOn,
      endsOn: campaign.endsOn,
      questionnaire: { kind: campaign.questionnaireKind, name: campaign.questionnaireName, version: results.questionnaireVersion },
      scoring: results.scoring,
      unit: results.unit,
    },
    publication: { publishedAt: new Date(campaign.publishedAt).toISOString(), version: campaign.version },
    method: {
      summary: METHOD[results.scoring],
      intervals: INTERVALS,
      minReliableN: MIN_RELIABLE_N,
      minPublishedRespondents: MIN_CELL_RESPONDENTS,
      flaggedExcluded: true,
      filters: { includeFlagged: false, verifiedOnly: false, channel: null, from: null, to: null },
    },
    units: unitsData(results),
  }
}

export const CSV_COLUMNS = [
  'campaign_id',
  'agency_id',
  'unit',
  'level',
  'key',
  'element',
  'label',
  'value',
  'ci_low',
  'ci_high',
  'n',
  'indicative',
  'sum',
  'rank',
  'hidden',
] as const

/**
 * One row per figure (long format): per unit its index (`level` = unit), its elements and its
 * criteria; a hidden unit has one row without figures. UTF-8 with a byte-order mark; `semicolon`
 * writes `;` and decimal commas for Excel under Vietnamese settings.
 */
export function openDataCsv(results: PublishedResults, dialect: CsvDialect = CSV_DIALECTS.comma): string {
  const rows: CsvValue[][] = []
  const row = (
    u: ReturnType<typeof unitsData>[number],
    level: string,
    key: string | null,
    element: string | null,
    label: string | null,
    e: Estimate | null,
    sum: number | null,
  ) =>
    rows.push([
      results.campaign.id,
      u.agencyId,
      u.name,
      level,
      key,
      element,
      label,
      e?.value,
      e?.ciLow,
      e?.ciHigh,
      e?.n,
      e ? e.indicative : null,
      sum,
      u.rank,
      u.hidden,
    ])
  for (const u of unitsData(results)) {
    row(u, 'unit', null, null, null, u.index, null)
    for (const e of u.elements) row(u, 'element', e.key, null, e.label?.vi ?? null, e, null)
    for (const c of u.criteria) row(u, 'criterion', c.key, c.element, c.label?.vi ?? null, c, c.sum)
  }
  return csvDocument([...CSV_COLUMNS], rows, dialect)
}

/** The README beside the CSV: what each column holds, the method and the licence. */
export function openDataReadme(results: PublishedResults, config: Pick<Config, 'publicUrl' | 'openDataLicence'>): string {
  const { campaign } = results
  const licence = `${config.openDataLicence.id}${config.openDataLicence.url ? ` (${config.openDataLicence.url})` : ''}`
  return `${campaign.name}
${config.publicUrl}${campaignPath(campaign.id)}

Giấy phép / Licence: ${licence}

data.csv — mỗi dòng một số liệu / one row per figure (UTF-8 with BOM; ?dialect=semicolon: ";" and decimal commas for Excel under Vietnamese settings)
  campaign_id  đợt khảo sát / campaign
  agency_id    mã cơ quan, đơn vị / unit id
  unit         tên cơ quan, đơn vị / unit name
  level        unit (chỉ số chung / unit index), element (yếu tố), criterion (tiêu chí)
  key          mã yếu tố hoặc tiêu chí / element or criterion key
  element      yếu tố của tiêu chí / the criterion's element
  label        tên (tiếng Việt) / label (Vietnamese)
  value        chỉ số, % (${results.unit === 'percent' ? 'percent 0-100' : 'mean points'})
  ci_low, ci_high  khoảng tin cậy 95% / 95% interval
  n            số câu trả lời hợp lệ / valid answers
  indicative   true: dưới ${MIN_RELIABLE_N} câu trả lời, chỉ để tham khảo / fewer than ${MIN_RELIABLE_N} valid answers
  sum          ${results.scoring === 'points' ? 'tổng điểm / sum of points' : 'số câu trả lời 4 hoặc 5 / answers 4 or 5'} (criteria)
  rank         hạng giữa các đơn vị đủ mẫu / place among units with enough answers
  hidden       true: dưới ${MIN_CELL_RESPONDENTS} người trả lời, không công bố số liệu / fewer than ${MIN_CELL_RESPONDENTS} respondents, no figure

Phương pháp / Method: ${METHOD[results.scoring]}
${INTERVALS}
Flagged answers are left out. The same figures with labels in both languages: data.json.
`
}
