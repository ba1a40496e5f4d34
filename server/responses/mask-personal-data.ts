/**
 * Masks personal data out of a citizen's comment before it is stored, so staff never see it:
 * e-mail addresses, Vietnamese phone numbers, citizen ID numbers (12-digit CCCD, 9-digit CMND)
 * and bank account numbers written after "STK" or "tài khoản". Dates, sums of money and counts
 * are left alone. Pure.
 */

export type MaskKind = 'email' | 'phone' | 'id_number' | 'bank_account'

export const MASK_LABELS: Record<MaskKind, string> = {
  email: '[email đã ẩn]',
  phone: '[số điện thoại đã ẩn]',
  id_number: '[số giấy tờ đã ẩn]',
  bank_account: '[số tài khoản đã ẩn]',
}

export interface MaskedText {
  text: string
  /** How many items of each kind were masked. */
  counts: Record<MaskKind, number>
  total: number
}

const SEPARATOR = '[ .\\-]?'
// A digit run followed by a unit of money or a count is an amount, not an identifier.
const NOT_AN_AMOUNT = '(?!\\s*(?:đồng|đ\\b|vnđ|vnd|triệu|nghìn|ngàn|tỷ|lần|người|ngày|tháng|năm|%))'

/** Each pattern's text is replaced wholesale; the order matters (an e-mail before the digits inside it, a phone before a 9-digit ID). */
const PATTERNS: [MaskKind, RegExp][] = [
  ['email', /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu],
  // Bank accounts: 6–19 digits (groups allowed) within a few words after STK / số tài khoản / tài khoản / TK.
  ['bank_account', new RegExp(`(?<=(?:\\bSTK|\\bTK|tài khoản|tai khoan)\\b[^\\d\\n]{0,24}?)\\d(?:${SEPARATOR}\\d){5,18}(?!\\d)${NOT_AN_AMOUNT}`, 'giu')],
  // Phones: 0 or +84/0084 then 9–10 digits, grouped by spaces, dots or dashes; (0xx) area codes too.
  [
    'phone',
    new RegExp(
      `(?<![\\d+.,])(?:(?:\\+|00)84${SEPARATOR}\\(?0?\\)?|\\(0\\d{2,3}\\)${SEPARATOR}(?=\\d)|0(?=\\d))(?:\\d${SEPARATOR}){7,9}\\d(?![\\d/]|[ .\\-]\\d)${NOT_AN_AMOUNT}`,
      'gu',
    ),
  ],
  // CCCD: 12 digits, together or in groups of 3 or 4 by spaces.
  ['id_number', new RegExp(`(?<![\\d.,/])(?:\\d{12}|\\d{3}(?: \\d{3}){3}|\\d{4}(?: \\d{4}){2})(?![\\d/])${NOT_AN_AMOUNT}`, 'gu')],
  // CMND: 9 digits together.
  ['id_number', new RegExp(`(?<![\\d.,/])\\d{9}(?![\\d.,/])${NOT_AN_AMOUNT}`, 'gu')],
]

export function maskPersonalData(text: string): MaskedText {
  const counts: Record<MaskKind, number> = { email: 0, phone: 0, id_number: 0, bank_account: 0 }
  let masked = text
  for (const [kind, pattern] of PATTERNS) {
    masked = masked.replace(pattern, () => {
      counts[kind] += 1
      return MASK_LABELS[kind]
    })
  }
  return { text: masked, counts, total: counts.email + counts.phone + counts.id_number + counts.bank_account }
}

/** How many items were masked out of a text `maskPersonalData` already returned (paper entries are masked when typed, counted when stored). */
export function maskedItems(text: string | null): number {
  if (text === null) return 0
  return Object.values(MASK_LABELS).reduce((n, label) => n + text.split(label).length - 1, 0)
}
