import { describe, expect, it } from 'vitest'
import {
  formatDayMonthYear,
  formatVietnamTime,
  todayInVietnam,
  vietnamDate,
  vietnamDayEnd,
  vietnamDayStart,
  yearInVietnam,
} from '../../shared/calendar/vietnam-time'

describe("Viet Nam's calendar (UTC+7, no daylight saving)", () => {
  it('dates an instant by the Viet Nam day, which starts at 17:00 UTC the day before', () => {
    expect(vietnamDate(new Date('2026-03-04T16:59:59.999Z'))).toBe('2026-03-04')
    expect(vietnamDate(new Date('2026-03-04T17:00:00Z'))).toBe('2026-03-05')
    expect(vietnamDate(Date.parse('2026-03-05T16:59:00Z'))).toBe('2026-03-05')
    expect(todayInVietnam(new Date('2026-06-30T20:00:00Z'))).toBe('2026-07-01')
  })

  it('crosses the year at 17:00 UTC on 31 December', () => {
    expect(vietnamDate(new Date('2026-12-31T16:59:59Z'))).toBe('2026-12-31')
    expect(todayInVietnam(new Date('2026-12-31T18:00:00Z'))).toBe('2027-01-01')
    expect(yearInVietnam(new Date('2026-12-31T16:59:59Z'))).toBe(2026)
    expect(yearInVietnam(new Date('2026-12-31T17:00:00Z'))).toBe(2027)
    // A leap day: 28 February 2028 ends into 29 February.
    expect(vietnamDate(new Date('2028-02-28T17:30:00Z'))).toBe('2028-02-29')
  })

  it("reads the hour on Viet Nam's clock", () => {
    expect(formatVietnamTime(new Date('2026-03-04T16:00:00Z'))).toBe('23:00')
    expect(formatVietnamTime(new Date('2026-03-04T17:00:00Z'))).toBe('00:00')
    expect(formatVietnamTime(new Date('2026-03-04T00:00:00Z'))).toBe('07:00')
    expect(formatVietnamTime(new Date('2026-03-04T17:05:00Z'))).toBe('00:05')
    expect(formatVietnamTime(new Date('2026-03-04T09:30:59Z'))).toBe('16:30')
  })

  it('bounds a Viet Nam day by instants: start inclusive, end exclusive', () => {
    expect(vietnamDayStart('2027-01-01').toISOString()).toBe('2026-12-31T17:00:00.000Z')
    expect(vietnamDayEnd('2026-12-31').toISOString()).toBe('2026-12-31T17:00:00.000Z')
    expect(vietnamDayEnd('2028-02-28').toISOString()).toBe('2028-02-28T17:00:00.000Z')
    expect(vietnamDayStart('2028-02-29').toISOString()).toBe('2028-02-28T17:00:00.000Z')
    expect(vietnamDayEnd('2028-02-29').toISOString()).toBe('2028-02-29T17:00:00.000Z')
    expect(vietnamDate(vietnamDayStart('2026-05-20'))).toBe('2026-05-20')
    expect(vietnamDate(vietnamDayEnd('2026-05-20').getTime() - 1)).toBe('2026-05-20')
  })

  it('formats days as dd/mm/yyyy', () => {
    expect(formatDayMonthYear('2027-01-01')).toBe('01/01/2027')
    expect(formatDayMonthYear('2026-12-31T23:00:00')).toBe('31/12/2026')
  })
})
