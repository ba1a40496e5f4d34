import { describe, expect, it } from 'vitest'
import { addWorkingDays, holidayCalendar, invalidHoliday, isPastDue, isWorkingDay } from '../../shared/calendar/working-days'

describe('working days in Viet Nam', () => {
  const plain = holidayCalendar([])

  it('skips the weekend: 10 working days from a Friday end on the Friday two weeks later', () => {
    expect(addWorkingDays('2026-11-13', 10, plain)).toBe('2026-11-27')
    expect(addWorkingDays('2026-11-13', 1, plain)).toBe('2026-11-16')
    expect(addWorkingDays('2026-11-14', 1, plain)).toBe('2026-11-16')
  })

  it('skips fixed holidays every year and the configured movable ones', () => {
    // 30/4 and 1/5 2027 fall on Friday and Saturday
    expect(addWorkingDays('2027-04-29', 1, plain)).toBe('2027-05-03')
    expect(isWorkingDay('2026-09-02', plain)).toBe(false)
    // Tết 2026 (16–20 February) is in the default list
    expect(addWorkingDays('2026-02-13', 1, holidayCalendar())).toBe('2026-02-23')
    expect(addWorkingDays('2026-02-13', 1, plain)).toBe('2026-02-16')
    expect(addWorkingDays('2026-11-13', 10, holidayCalendar(['2026-11-20']))).toBe('2026-11-30')
  })

  it('is past due only after the due day', () => {
    expect(isPastDue('2026-11-27', '2026-11-27')).toBe(false)
    expect(isPastDue('2026-11-27', '2026-11-28')).toBe(true)
  })

  it('names a malformed holiday entry', () => {
    expect(invalidHoliday(['2026-02-16', '2026-02-30'])).toBe('2026-02-30')
    expect(invalidHoliday(['2026-02-16'])).toBeNull()
  })
})
