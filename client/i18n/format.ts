import { formatDayMonthYear } from '../../shared/calendar/vietnam-time'
import type { Language } from '../../shared/i18n'

export { formatNumber, formatPercent } from '../../shared/text/figure-format'

export function formatDate(isoDate: string, lang: Language): string {
  return lang === 'vi' ? formatDayMonthYear(isoDate) : isoDate.slice(0, 10)
}
