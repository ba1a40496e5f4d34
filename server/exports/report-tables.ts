import { inRankOrder } from '../../shared/indices/rank-order'
import type { CampaignIndices, Estimate } from '../../shared/indices/schemas'
import type { QuestionnaireDefinition } from '../../shared/questionnaires/definition'
import { methodLines, REPORT_LABELS } from '../../shared/reports/labels'
import { targetMethodLines } from '../targets/target-method-lines'
import { channelMethodLines } from './channel-method-lines'
import { reviewMethodLines } from './review-method-lines'

/** One column of a report table; `kind` decides the number format in the workbook. */
export interface Column {
  header: string
  kind: 'text' | 'integer' | 'percent' | 'points'
  width?: number
}
export interface Table {
  columns: Column[]
  rows: (string | number | null)[][]
}

const { grade: GRADE_LABELS, reliability: RELIABILITY, unranked: UNRANKED } = REPORT_LABELS.vi

function labels(definition: QuestionnaireDefinition) {
  const elements = new Map(definition.elements.map((e) => [e.key, e.label.vi]))
  const criteria = new Map(definition.elements.flatMap((e) => e.criteria.map((c) => [c.key, c.label.vi] as const)))
  const expectations = new Map(definition.expectations?.options.map((o) => [o.key, o.label.vi]) ?? [])
  return { elements, criteria, expectations }
}

const valueKind = (report: CampaignIndices): Column['kind'] => (report.unit === 'percent' ? 'percent' : 'points')
const figure = (e: Estimate) => [e.value, e.ciLow, e.ciHigh]
const reliability = (e: Pick<Estimate, 'value' | 'indicative'>) =>
  e.value === null ? RELIABILITY.noData : e.indicative ? RELIABILITY.indicative : RELIABILITY.reliable

/** Summary: one row per unit in ranking order with its place, index, interval, n and element indices. */
export function summaryTable(report: CampaignIndices, definition: QuestionnaireDefinition): Table {
  const { elements } = labels(definition)
  const points = report.scoring === 'points'
  const columns: Column[] = [
    { header: 'STT', kind: 'integer', width: 6 },
    { header: 'Xếp hạng', kind: 'integer', width: 15 },
    { header: 'Cơ quan, đơn vị', kind: 'text', width: 40 },
    { header: 'Số phiếu', kind: 'integer' },
    { header: 'Số phiếu hợp lệ (n)', kind: 'integer' },
    { header: points ? 'Tỷ lệ hài lòng' : 'Chỉ số hài lòng (SIPAS)', kind: 'percent' },
    { header: 'Cận dưới KTC 95%', kind: 'percent' },
    { header: 'Cận trên KTC 95%', kind: 'percent' },
    { header: 'Độ tin cậy', kind: 'text', width: 18 },
    ...(points
      ? [
          { header: 'Tổng điểm (trên 18)', kind: 'points' as const },
          { header: 'Xếp loại', kind: 'text' as const },
        ]
      : []),
    ...definition.elements.map((e) => ({ header: e.label.vi, kind: valueKind(report), width: 15 })),
    { header: 'Yếu tố không có dữ liệu', kind: 'text', width: 28 },
    { header: 'Phiếu bị gắn cờ', kind: 'integer' },
    { header: 'Cỡ mẫu mục tiêu', kind: 'integer' },
  ]
  const rows = inRankOrder(report.units).map((unit, i) => [
    i + 1,
    unit.rank ?? (unit.sipas.value === null ? '—' : UNRANKED),
    unit.name,
    unit.n,
    unit.sipas.n,
    ...figure(unit.sipas),
    reliability(unit.sipas),
    ...(points ? [unit.points?.total ?? null, unit.points?.grade ? GRADE_LABELS[unit.points.grade] : null] : []),
    ...definition.elements.map((e) => unit.elements.find((x) => x.key === e.key)?.value ?? null),
    unit.elementsWithoutData.map((k) => elements.get(k) ?? k).join('; '),
    unit.flagged,
    unit.target ?? null,
  ])
  return { columns, rows }
}

/** One row per unit × criterion. */
export function criteriaTable(report: CampaignIndices, definition: QuestionnaireDefinition): Table {
  const { elements, criteria } = labels(definition)
  const kind = valueKind(report)
  const columns: Column[] = [
    { header: 'Mã đơn vị', kind: 'integer' },
    { header: 'Cơ quan, đơn vị', kind: 'text', width: 40 },
    { header: 'Yếu tố', kind: 'text', width: 28 },
    { header: 'Mã tiêu chí', kind: 'text', width: 30 },
    { header: 'Tiêu chí', kind: 'text', width: 50 },
    { header: report.unit === 'percent' ? 'Chỉ số (% hài lòng)' : 'Điểm trung bình', kind },
    { header: 'Số trả lời hợp lệ (n)', kind: 'integer' },
    { header: 'Cận dưới KTC 95%', kind },
    { header: 'Cận trên KTC 95%', kind },
    { header: 'Độ tin cậy', kind: 'text', width: 18 },
  ]
  const rows = report.units.flatMap((unit) =>
    unit.criteria.map((c) => [
      unit.agencyId,
      unit.name,
      elements.get(c.element) ?? c.element,
      c.key,
      criteria.get(c.key) ?? c.key,
      c.value,
      c.n,
      c.ciLow,
      c.ciHigh,
      reliability(c),
    ]),
  )
  return { columns, rows }
}

/** One row per unit × expectation option. */
export function expectationsTable(report: CampaignIndices, definition: QuestionnaireDefinition): Table {
  const { expectations } = labels(definition)
  return {
    columns: [
      { header: 'Cơ quan, đơn vị', kind: 'text', width: 40 },
      { header: 'Mong muốn', kind: 'text', width: 50 },
      { header: 'Số người chọn', kind: 'integer' },
      { header: 'Tỷ lệ chọn', kind: 'percent' },
    ],
    rows: report.units.flatMap((unit) => unit.expectations.map((e) => [unit.name, expectations.get(e.key) ?? e.key, e.n, e.share])),
  }
}

/** How every figure is computed, in Vietnamese, for the method sheet and the JSON export. */
export function exportMethodLines(report: CampaignIndices): [string, string][] {
  return methodLines(report, 'vi', [...reviewMethodLines(report), ...channelMethodLines(report), ...targetMethodLines(report)])
}
