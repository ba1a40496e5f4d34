/**
 * Working days in Viet Nam: Monday to Friday, less public holidays. Dates are `YYYY-MM-DD`
 * calendar days in Viet Nam time (an instant's day: `vietnamDate` of ./vietnam-time). Pure.
 */

const DAY_MS = 86_400_000
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** Holidays on the same solar date every year (Labour Code 2019, art. 112): New Year, Reunification Day, Labour Day, National Day. */
const FIXED_HOLIDAYS = ['01-01', '04-30', '05-01', '09-02']

/**
 * The days off that move each year (Tết and Hùng Kings by the lunar calendar, the day beside
 * National Day, days in lieu when a holiday falls on a weekend), as announced for 2026. A province
 * sets the coming years' in `PUBLIC_HOLIDAYS` (see docs/cases.md).
 */
export const DEFAULT_MOVABLE_HOLIDAYS: readonly string[] = ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-04-27', '2026-09-01']

export interface HolidayCalendar {
  /** Movable days off, `YYYY-MM-DD`; the fixed solar holidays are always included. */
  movable: ReadonlySet<string>
}

export function holidayCalendar(movable: readonly string[] = DEFAULT_MOVABLE_HOLIDAYS): HolidayCalendar {
  return { movable: new Set(movable) }
}

/** `null` when every entry is a valid `YYYY-MM-DD` date, otherwise the first bad entry. */
export function invalidHoliday(entries: readonly string[]): string | null {
  return entries.find((entry) => !ISO_DATE.test(entry) || toDayNumber(entry) === null) ?? null
}

function toDayNumber(date: string): number | null {
  const ms = Date.parse(`${date}T00:00:00Z`)
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) return null
  return ms / DAY_MS
}

function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10)
}

export function isHoliday(date: string, calendar: HolidayCalendar): boolean {
  return FIXED_HOLIDAYS.includes(date.slice(5)) || calendar.movable.has(date)
}

export function isWorkingDay(date: string, calendar: HolidayCalendar): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay()
  return weekday !== 0 && weekday !== 6 && !isHoliday(date, calendar)
}

/** The `count`-th working day after `date` (the day itself is not counted): a deadline of N working days from it. */
export function addWorkingDays(date: string, count: number, calendar: HolidayCalendar): string {
  let day = toDayNumber(date)
  if (day === null) throw new RangeError(`not a date: ${date}`)
  let left = count
  while (left > 0) {
    day += 1
    if (isWorkingDay(fromDayNumber(day), calendar)) left -= 1
  }
  return fromDayNumber(day)
}

/** Whether a deadline has passed on `today` (both Viet Nam dates): the due day itself is still on time. */
export function isPastDue(dueOn: string, today: string): boolean {
  return today > dueOn
}
