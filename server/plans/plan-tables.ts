import type { CampaignStatus } from '../../shared/campaigns/schemas'
import type { PlanSummary } from '../../shared/plans/schemas'
import type { Column, Table } from '../exports/report-tables'

const STATUS_LABELS: Record<CampaignStatus, string> = { draft: 'Bản nháp', open: 'Đang mở', closed: 'Đã đóng' }

/** One row per unit and year it was planned or surveyed, years in order. */
export function planUnitsTable(summary: PlanSummary): Table {
  const kind: Column['kind'] = summary.scoring === 'percent' ? 'percent' : 'points'
  const campaigns = new Map(summary.years.flatMap((y) => y.campaigns.map((c) => [c.id, c.name] as const)))
  const columns: Column[] = [
    { header: 'Năm', kind: 'text', width: 8 },
    { header: 'Mã đơn vị', kind: 'text', width: 14 },
    { header: 'Cơ quan, đơn vị', kind: 'text', width: 40 },
    { header: 'Theo kế hoạch', kind: 'text', width: 12 },
    { header: 'Đợt khảo sát', kind: 'text', width: 36 },
    { header: 'Trạng thái', kind: 'text', width: 12 },
    { header: 'Số phiếu hợp lệ (n)', kind: 'integer' },
    { header: 'Chỉ số hài lòng', kind },
    { header: 'Cận dưới KTC 95%', kind },
    { header: 'Cận trên KTC 95%', kind },
  ]
  const rows = summary.years.flatMap(({ year }) =>
    summary.units.flatMap((unit) => {
      const cell = unit.cells.find((c) => c.year === year)!
      if (!cell.planned && cell.campaignId === null) return []
      return [
        [
          String(year),
          unit.code,
          unit.name,
          cell.planned ? 'Có' : 'Không',
          cell.campaignId === null ? 'Chưa có đợt khảo sát' : (campaigns.get(cell.campaignId) ?? ''),
          cell.status ? STATUS_LABELS[cell.status] : null,
          cell.n,
          cell.sipas?.value ?? null,
          cell.sipas?.ciLow ?? null,
          cell.sipas?.ciHigh ?? null,
        ],
      ]
    }),
  )
  return { columns, rows }
}

/** The province's index per year: unweighted mean of the surveyed units' indices. */
export function planYearsTable(summary: PlanSummary): Table {
  return {
    columns: [
      { header: 'Năm', kind: 'text', width: 8 },
      { header: 'Số đơn vị theo kế hoạch', kind: 'integer' },
      { header: 'Số đơn vị có dữ liệu', kind: 'integer' },
      { header: 'Số phiếu hợp lệ', kind: 'integer' },
      { header: 'Chỉ số của tỉnh (trung bình các đơn vị)', kind: summary.scoring === 'percent' ? 'percent' : 'points', width: 24 },
    ],
    rows: summary.years.map(({ year, province }) => [
      String(year),
      summary.plan.units.filter((u) => u.year === year).length,
      province.units,
      province.n,
      province.value,
    ]),
  }
}

/** Planned units no campaign of the plan has surveyed with any answer. */
export function neverSurveyedTable(summary: PlanSummary): Table {
  const units = summary.units.filter((u) => summary.neverSurveyed.includes(u.agencyId))
  return {
    columns: [
      { header: 'Mã đơn vị', kind: 'text', width: 14 },
      { header: 'Cơ quan, đơn vị', kind: 'text', width: 40 },
      { header: 'Năm theo kế hoạch', kind: 'text', width: 20 },
    ],
    rows: units.map((u) => [
      u.code,
      u.name,
      u.cells
        .filter((c) => c.planned)
        .map((c) => c.year)
        .join(', '),
    ]),
  }
}
