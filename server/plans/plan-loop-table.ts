import type { PlanSummary } from '../../shared/plans/schemas'
import type { Table } from '../exports/report-tables'

/** Feedback cases of the plan's campaigns, one row per campaign and unit with cases. */
export function planLoopTable(summary: PlanSummary): Table {
  const campaigns = new Map(summary.years.flatMap((y) => y.campaigns.map((c) => [c.id, { year: y.year, name: c.name }] as const)))
  const units = new Map(summary.units.map((u) => [u.agencyId, u.name]))
  return {
    columns: [
      { header: 'Năm', kind: 'integer', width: 8 },
      { header: 'Đợt khảo sát', kind: 'text', width: 30 },
      { header: 'Cơ quan, đơn vị', kind: 'text', width: 36 },
      { header: 'Ý kiến cần trả lời', kind: 'integer', width: 14 },
      { header: 'Đã trả lời', kind: 'integer' },
      { header: 'Trả lời đúng hạn', kind: 'integer', width: 14 },
      { header: 'Số ngày trả lời (trung vị)', kind: 'points', width: 16 },
    ],
    rows: summary.caseLoop.map((f) => [
      campaigns.get(f.campaignId)?.year ?? null,
      campaigns.get(f.campaignId)?.name ?? '',
      units.get(f.agencyId) ?? '',
      f.opened,
      f.answered,
      f.answeredOnTime,
      f.medianDaysToAnswer,
    ]),
  }
}
