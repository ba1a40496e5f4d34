import { formatDayMonthYear, formatVietnamTime, vietnamDate } from '../../shared/calendar/vietnam-time'
import type { Language } from '../../shared/i18n'

export { formatNumber, formatPercent } from '../../shared/text/figure-format'

export function formatDate(isoDate: string, lang: Language): string {
  return lang === 'vi' ? formatDayMonthYear(isoDate) : isoDate.slice(0, 10)
}

/** A moment (ISO text or ms) as a day and time on Viet Nam's clock. */
export function formatDateTime(moment: string | number, lang: Language): string {
  const at = typeof moment === 'string' ? Date.parse(moment) : moment
  return `${formatDate(vietnamDate(at), lang)} ${formatVietnamTime(at)}`
}
