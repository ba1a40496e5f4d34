import type { CampaignIndices } from '../../shared/indices/schemas'

const number = (value: number) => value.toLocaleString('vi-VN')
const percent = (value: number) => `${(value * 100).toLocaleString('vi-VN', { maximumFractionDigits: 2 })}%`

/** The method sheet's lines on sample targets: the formula, e, the default and each unit's N → target. */
export function targetMethodLines(report: CampaignIndices): [string, string][] {
  if (!report.targets) return []
  const { margin, defaultTarget } = report.targets
  const figures = report.units.map((unit): [string, string] => {
    const reached = unit.targetReached === true ? 'đạt' : unit.targetReached === false ? 'chưa đạt' : ''
    const target = unit.target === null || unit.target === undefined ? 'không có mục tiêu' : `mục tiêu ${number(unit.target)} phiếu`
    const source = unit.transactions === null || unit.transactions === undefined ? 'chưa có N' : `N = ${number(unit.transactions)}`
    return ['', `${unit.name}: ${source} → ${target}; đã có ${number(unit.n)} phiếu${reached && ` (${reached})`}.`]
  })
  return [
    [
      'Cỡ mẫu mục tiêu',
      `n = ⌈N / (1 + N·e²)⌉, N = số giao dịch của đơn vị trong kỳ, e = ${percent(margin)} (sai số cho phép). ` +
        (defaultTarget === null ? 'Đơn vị chưa có N: không có mục tiêu.' : `Đơn vị chưa có N: mục tiêu mặc định ${number(defaultTarget)} phiếu.`),
    ],
    ...figures,
  ]
}
