import type { CampaignIndices } from '../../shared/indices/schemas'

/** The method sheet's lines on review decisions: how many flagged answers each unit counted or left out, and why. */
export function reviewMethodLines(report: CampaignIndices): [string, string][] {
  const reviews = report.reviews ?? []
  if (reviews.length === 0) return [['Xem xét phiếu gắn cờ', 'Không có quyết định xem xét nào: phiếu bị gắn cờ được tính theo bộ lọc ở trên.']]
  const names = new Map(report.units.map((u) => [u.agencyId, u.name]))
  const excluded = reviews.filter((r) => r.decision === 'exclude').reduce((sum, r) => sum + r.n, 0)
  const included = reviews.filter((r) => r.decision === 'include').reduce((sum, r) => sum + r.n, 0)
  return [
    [
      'Xem xét phiếu gắn cờ',
      `Sau khi xem xét, ${excluded.toLocaleString('vi-VN')} phiếu bị loại khỏi mọi số liệu và ${included.toLocaleString('vi-VN')} phiếu bị gắn cờ được tính như phiếu bình thường.`,
    ],
    ...reviews.map((r): [string, string] => [
      '',
      `${names.get(r.agencyId) ?? r.agencyId}: ${r.decision === 'exclude' ? 'loại' : 'tính'} ${r.n.toLocaleString('vi-VN')} phiếu — lý do: ${r.reason}`,
    ]),
  ]
}
