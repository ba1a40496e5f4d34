import type { Language } from '../languages'

// Shared by the admin results pages and the server-rendered public ones (/ket-qua), so both
// print a figure the same way, to the last digit.

const LOCALES: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' }

/** `80,5%` in Vietnamese, `80.5%` in English; the value is already a percentage. */
export function formatPercent(value: number | null | undefined, lang: Language, digits = 1): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—'
  return `${new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value)}%`
}

export function formatNumber(value: number, lang: Language, digits = 0): string {
  return new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value)
}

export type FigureUnit = 'percent' | 'points'

/** `80,5%` for percentages, `1,75` for mean points; `—` when there is no data. */
export function formatFigure(value: number | null, unit: FigureUnit, lang: Language): string {
  if (value === null) return '—'
  return unit === 'percent' ? formatPercent(value, lang) : formatNumber(value, lang, 2)
}

/** `75,2–85,1%`, or `—` when there is no interval (no data, or too few answers for one). */
export function formatInterval(estimate: { ciLow: number | null; ciHigh: number | null }, unit: FigureUnit, lang: Language): string {
  if (estimate.ciLow === null || estimate.ciHigh === null) return '—'
  if (unit === 'percent') return `${formatNumber(estimate.ciLow, lang, 1)}–${formatPercent(estimate.ciHigh, lang)}`
  return `${formatNumber(estimate.ciLow, lang, 2)}–${formatNumber(estimate.ciHigh, lang, 2)}`
}
