import type { NationalRanking } from '../../shared/national/schemas'
import { addTable } from '../exports/build-workbook'
import { newWorkbook } from '../exports/new-workbook'
import type { Table } from '../exports/report-tables'

const KIND_NAMES = { sipas2017: 'SIPAS 2017', sipas2022: 'SIPAS 2022', onestop2018: 'Bộ phận Một cửa' } as const

/** The ministry's yearly tables: provinces ranked, then units ranked across the country. */
export async function buildRankingWorkbook(ranking: NationalRanking): Promise<Buffer> {
  const workbook = await newWorkbook()
  workbook.creator = 'Hài Lòng'
  const kind = ranking.unit === 'percent' ? 'percent' : 'points'
  const title = `Chỉ số hài lòng năm ${ranking.year} — ${KIND_NAMES[ranking.kind]}`
  const provinces: Table = {
    columns: [
      { header: 'Xếp hạng', kind: 'integer', width: 10 },
      { header: 'Tỉnh, thành phố', kind: 'text', width: 28 },
      { header: 'Chỉ số của tỉnh (trung bình các đơn vị)', kind, width: 20 },
      { header: 'Số đơn vị có dữ liệu', kind: 'integer' },
      { header: 'Số phiếu hợp lệ', kind: 'integer' },
      { header: 'Đợt khảo sát', kind: 'text', width: 50 },
    ],
    rows: ranking.provinces.map((p) => [p.rank, p.name, p.index, p.units, p.n, p.campaigns.join('; ')]),
  }
  const units: Table = {
    columns: [
      { header: 'Xếp hạng', kind: 'integer', width: 10 },
      { header: 'Tỉnh, thành phố', kind: 'text', width: 22 },
      { header: 'Cơ quan, đơn vị', kind: 'text', width: 40 },
      { header: 'Chỉ số', kind },
      { header: 'Cận dưới KTC 95%', kind },
      { header: 'Cận trên KTC 95%', kind },
      { header: 'Số phiếu hợp lệ (n)', kind: 'integer' },
    ],
    rows: ranking.units.map((u) => [u.rank, u.provinceName, u.name, u.sipas.value, u.sipas.ciLow, u.sipas.ciHigh, u.sipas.n]),
  }
  addTable(workbook, 'Tỉnh', title, provinces, title)
  addTable(workbook, 'Đơn vị', `${title}: các đơn vị`, units, title)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
