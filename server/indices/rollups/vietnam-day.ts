const VIETNAM_OFFSET_MS = 7 * 3600 * 1000

/** The calendar day (YYYY-MM-DD) in Viet Nam (UTC+7, no daylight saving) of an instant. */
export function vietnamDay(at: Date): string {
  return new Date(at.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10)
}
