import type { CampaignIndices } from '../../shared/indices/schemas'
import { REPORT_LABELS } from '../../shared/reports/labels'
import { RESPONSE_CHANNELS, type ResponseChannel } from '../../shared/responses/channels'

/** A channel's name inside a sentence. */
const phrase = (channel: ResponseChannel) => {
  const name = REPORT_LABELS.vi.channel[channel]
  return name.charAt(0).toLowerCase() + name.slice(1)
}
const number = (value: number) => value.toLocaleString('vi-VN')
const points = (value: number, unit: CampaignIndices['unit']) => `${value.toLocaleString('vi-VN', { maximumFractionDigits: unit === 'percent' ? 1 : 2 })}`

/**
 * The method sheet's lines on channels: those the figures include, each unit's answers per
 * channel against its target, and its kiosk index beside another channel's where both are
 * reliable, with the interval of the gap.
 */
export function channelMethodLines(report: CampaignIndices): [string, string][] {
  const counted = RESPONSE_CHANNELS.filter((channel) => report.units.some((u) => u.channels?.some((c) => c.channel === channel && c.n > 0)))
  const lines: [string, string][] = [['Kênh có trong số liệu', counted.length > 0 ? `${counted.map((c) => phrase(c)).join('; ')}.` : 'Chưa có phiếu nào.']]
  for (const unit of report.units) {
    if (!unit.channels || unit.n === 0) continue
    const perChannel = unit.channels
      .filter((c) => c.n > 0)
      .map((c) => `${phrase(c.channel)} ${number(c.n)}`)
      .join(', ')
    const target =
      unit.target === null || unit.target === undefined
        ? ''
        : ` — ${number(unit.n)}/${number(unit.target)} phiếu mục tiêu (${unit.targetReached ? 'đạt' : 'chưa đạt'})`
    lines.push(['', `${unit.name}: ${perChannel}${target}.`])
  }
  const gaps = report.units.flatMap((unit) =>
    (unit.kioskGaps ?? []).map((gap): [string, string] => [
      '',
      `${unit.name}: máy tính bảng ${points(gap.kiosk.value!, report.unit)}, ${phrase(gap.channel)} ${points(gap.other.value!, report.unit)}; chênh lệch ${points(gap.gap, report.unit)} (KTC 95%: ${points(gap.ciLow, report.unit)} đến ${points(gap.ciHigh, report.unit)}).`,
    ]),
  )
  if (gaps.length > 0)
    lines.push(
      [
        'Máy tính bảng so với kênh khác',
        'Chỉ số từ máy tính bảng tại quầy trừ chỉ số từ kênh khác, khi cả hai kênh có từ 30 câu trả lời hợp lệ; khoảng tin cậy của chênh lệch coi hai mẫu là độc lập. Máy tại quầy cao hơn hẳn các kênh khác là điều đáng xem lại.',
      ],
      ...gaps,
    )
  return lines
}
