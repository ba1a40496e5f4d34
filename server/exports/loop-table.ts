import type { LoopFigures } from '../../shared/cases/schemas'
import type { Table } from './report-tables'

/** Feedback cases per unit (every unit of the report, none left out for having no case), Vietnamese headers. */
export function loopTable(units: { agencyId: number; name: string }[], figures: LoopFigures[]): Table {
  return {
    columns: [
      { header: 'Cơ quan, đơn vị', kind: 'text', width: 40 },
      { header: 'Ý kiến cần trả lời', kind: 'integer', width: 14 },
      { header: 'Đã trả lời', kind: 'integer' },
      { header: 'Trả lời đúng hạn', kind: 'integer', width: 14 },
      { header: 'Tỷ lệ trả lời đúng hạn', kind: 'percent', width: 14 },
      { header: 'Số ngày trả lời (trung vị)', kind: 'points', width: 16 },
    ],
    rows: units.map((unit) => {
      const f = figures.find((row) => row.agencyId === unit.agencyId)
      const onTimeShare = f && f.opened > 0 ? Math.round((f.answeredOnTime / f.opened) * 1000) / 10 : null
      return [unit.name, f?.opened ?? 0, f?.answered ?? 0, f?.answeredOnTime ?? 0, onTimeShare, f?.medianDaysToAnswer ?? null]
    }),
  }
}
