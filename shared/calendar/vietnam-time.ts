/**
 * Viet Nam's calendar: UTC+7 all year, no daylight saving, so plain arithmetic on the
 * instant is exact (no Intl time zones, no dependence on the machine's or browser's zone).
 * Days are `YYYY-MM-DD` strings, the form campaign periods and rollup days are stored in.
 */

const VIETNAM_OFFSET_MS = 7 * 3_600_000
const DAY_MS = 86_400_000

/** The instant shifted so that its UTC fields read Viet Nam's wall clock. */
const wallClock = (at: Date | number) => new Date((typeof at === 'number' ? at : at.getTime()) + VIETNAM_OFFSET_MS)

/** The Viet Nam calendar day (`YYYY-MM-DD`) of an instant. */
export function vietnamDate(at: Date | number): string {
  return wallClock(at).toISOString().slice(0, 10)
}

/** Today's date in Viet Nam: campaign periods are local calendar days. */
export function todayInVietnam(now: Date | number = Date.now()): string {
  return vietnamDate(now)
}

/** This year in Viet Nam (the first hours of 1 January already count as the new year). */
export function yearInVietnam(now: Date | number = Date.now()): number {
  return wallClock(now).getUTCFullYear()
}

/** The instant a Viet Nam day (`YYYY-MM-DD`) begins. */
export function vietnamDayStart(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - VIETNAM_OFFSET_MS)
}

/** The instant a Viet Nam day ends: the start of the next day (exclusive bound). */
export function vietnamDayEnd(day: string): Date {
  return new Date(vietnamDayStart(day).getTime() + DAY_MS)
}

/** A day `YYYY-MM-DD` (or the date part of an ISO timestamp already in Viet Nam time) as `dd/mm/yyyy`. */
export function formatDayMonthYear(day: string): string {
  const [y, m, d] = day.slice(0, 10).split('-')
  return `${d}/${m}/${y}`
}

/** `HH:mm` on Viet Nam's clock of an instant. */
export function formatVietnamTime(at: Date | number): string {
  return wallClock(at).toISOString().slice(11, 16)
}
