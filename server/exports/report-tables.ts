import { inRankOrder } from '../../shared/indices/rank-order'
import type { AppliedFilters, CampaignIndices, Estimate, Grade } from '../../shared/indices/schemas'
import { MIN_RELIABLE_N } from '../../shared/indices/schemas'
import type { QuestionnaireDefinition } from '../../shared/questionnaires/definition'
import { targetMethodLines } from '../targets/target-method-lines'

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

export const GRADE_LABELS: Record<Grade, string> = {
  excellent: 'Xuất sắc',
  good: 'Tốt',
  fair: 'Khá',
  average: 'Trung bình',
  weak: 'Yếu',
}

const INDICATIVE = `Tham khảo (n < ${MIN_RELIABLE_N})`
/** Indicative units are listed after the ranked ones, without a place. */
const UNRANKED = 'Không xếp hạng'

function labels(definition: QuestionnaireDefinition) {
  const elements = new Map(definition.elements.map((e) => [e.key, e.label.vi]))
  const criteria = new Map(definition.elements.flatMap((e) => e.criteria.map((c) => [c.key, c.label.vi] as const)))
  const expectations = new Map(definition.expectations?.options.map((o) => [o.key, o.label.vi]) ?? [])
  return { elements, criteria, expectations }
}

const valueKind = (report: CampaignIndices): Column['kind'] => (report.unit === 'percent' ? 'percent' : 'points')
const figure = (e: Estimate) => [e.value, e.ciLow, e.ciHigh]

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
    unit.sipas.value === null ? 'Không có dữ liệu' : unit.sipas.indicative ? INDICATIVE : 'Đủ mẫu',
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
      c.value === null ? 'Không có dữ liệu' : c.indicative ? INDICATIVE : 'Đủ mẫu',
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

/** The filters in words, for the method sheet and file headers. */
export function describeFilters(filters: AppliedFilters): string[] {
  return [
    filters.includeFlagged ? 'Gồm cả phiếu bị gắn cờ nghi vấn.' : 'Không tính các phiếu bị gắn cờ nghi vấn (số phiếu này vẫn được báo cáo).',
    filters.verifiedOnly ? 'Chỉ tính phiếu đã xác minh bằng mã biên nhận.' : 'Tính cả phiếu chưa xác minh bằng mã biên nhận.',
    filters.channel
      ? `Chỉ kênh: ${filters.channel === 'kiosk' ? 'máy tính bảng tại quầy' : 'mã QR trên điện thoại'}.`
      : 'Mọi kênh (máy tính bảng tại quầy và mã QR).',
    filters.from || filters.to
      ? `Thời gian gửi phiếu (giờ Việt Nam): từ ${filters.from ?? 'đầu đợt'} đến ${filters.to ?? 'cuối đợt'}.`
      : 'Toàn bộ thời gian của đợt khảo sát.',
  ]
}

/** How every figure is computed, in Vietnamese, for the method sheet. */
export function methodLines(report: CampaignIndices): [string, string][] {
  const common: [string, string][] = [
    ['Đợt khảo sát', `${report.campaignName} (năm ${report.year})`],
    ...describeFilters(report.filters).map((line, i): [string, string] => [i === 0 ? 'Bộ lọc' : '', line]),
    ['Mẫu tối thiểu', `Chỉ số tính từ dưới ${MIN_RELIABLE_N} câu trả lời hợp lệ chỉ có giá trị tham khảo.`],
    ...targetMethodLines(report),
    ['Ẩn danh', 'Phiếu không lưu họ tên, số điện thoại, địa chỉ IP; thời điểm gửi chỉ lưu đến giờ. Nhóm nhân khẩu học dưới 5 người không được hiển thị.'],
  ]
  if (report.scoring === 'points') {
    return [
      ['Phương pháp', 'Đánh giá Bộ phận Một cửa (Nghị định 61/2018/NĐ-CP, Thông tư 01/2018/TT-VPCP).'],
      ['Điểm chỉ số', 'Điểm trung bình của mỗi chỉ số (0–2 điểm) trên các câu trả lời hợp lệ; khoảng tin cậy 95% của giá trị trung bình (xấp xỉ chuẩn).'],
      ['Tổng điểm', 'Tổng điểm trung bình của 9 chỉ số, tối đa 18 điểm.'],
      ['Xếp loại', 'Trên 15: Xuất sắc; từ 12 đến 15: Tốt; từ 9 đến dưới 12: Khá; từ 6 đến dưới 9: Trung bình; dưới 6: Yếu.'],
      [
        'Tỷ lệ hài lòng',
        '(Số đánh giá "Rất hài lòng" + "Hài lòng") / số đánh giá chung hợp lệ × 100%; khoảng tin cậy Wilson 95%. Đây là chỉ số chính của đơn vị.',
      ],
      ...common,
    ]
  }
  return [
    ['Phương pháp', 'Chỉ số hài lòng về sự phục vụ hành chính (SIPAS), thang 5 mức.'],
    ['Chỉ số tiêu chí', '(Số câu trả lời mức 4 hoặc 5) / (số câu trả lời hợp lệ mức 1–5) × 100%. "Không trả lời" không tính vào mẫu số.'],
    ['Chỉ số yếu tố', 'Trung bình cộng chỉ số các tiêu chí có dữ liệu của yếu tố.'],
    ['Chỉ số SIPAS', 'Trung bình cộng chỉ số các yếu tố có dữ liệu; yếu tố không có dữ liệu được ghi rõ và không tính.'],
    ['Khoảng tin cậy tiêu chí', 'Khoảng Wilson 95% của tỷ lệ.'],
    [
      'Khoảng tin cậy yếu tố, SIPAS',
      'Phương pháp tuyến tính hoá theo người trả lời (delta): phương sai ước lượng từ điểm của từng người (số câu hài lòng và số câu hợp lệ trong mỗi yếu tố), có tính tương quan giữa các tiêu chí và giữa các yếu tố của cùng một người; khoảng = chỉ số ± 1,96 × sai số chuẩn.',
    ],
    [
      `Khoảng tin cậy khi n < ${MIN_RELIABLE_N}`,
      'Mẫu nhỏ: khoảng Wilson với cỡ mẫu hiệu dụng (tỷ lệ × (1 − tỷ lệ) / phương sai trên, hiệu chỉnh theo phân phối Student với n − 1 bậc tự do; khi mọi người trả lời giống nhau, cỡ mẫu hiệu dụng bằng số người trả lời), theo Korn và Graubard. Khoảng rộng hơn, đúng với độ bất định của mẫu nhỏ.',
    ],
    ['Tỷ lệ mong muốn', 'Số người chọn mục / số người trả lời câu hỏi mong muốn × 100%.'],
    ['Hài lòng chung', 'Tỷ lệ câu trả lời mức hài lòng trong câu hỏi hài lòng chung; khoảng Wilson 95%.'],
    ...common,
  ]
}
