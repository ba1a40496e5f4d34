import { vietnamDate } from '../../../shared/calendar/vietnam-time'
import type { Language } from '../../../shared/languages'
import { formatDate } from '../../i18n/format'

/** The calendar day of a UTC timestamp in Viet Nam (UTC+7, no daylight saving), formatted. */
export function formatVietnamDay(timestamp: string, lang: Language): string {
  return formatDate(vietnamDate(Date.parse(timestamp)), lang)
}
