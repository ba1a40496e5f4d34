import { formatDayMonthYear } from '../../shared/calendar/vietnam-time'
import type { Language } from '../../shared/i18n'

const LOCALES: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' }

/** `80,5%` in Vietnamese, `80.5%` in English; the value is already a percentage. */
export function formatPercent(value: number | null | undefined, lang: Language, digits = 1): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—'
  return `${new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value)}%`
}

export function formatNumber(value: number, lang: Language, digits = 0): string {
  return new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value)
}

export function formatDate(isoDate: string, lang: Language): string {
  return lang === 'vi' ? formatDayMonthYear(isoDate) : isoDate.slice(0, 10)
}
