import { describe, expect, it } from 'vitest'
import { CSV_DIALECTS, csvLine } from '../../server/exports/csv'
import { exportFileName, fileSlug } from '../../server/exports/file-names'

describe('CSV writer', () => {
  it('neutralises text a spreadsheet would run as a formula (OWASP): leading quote, quoted cell', () => {
    const hostile = ['=HYPERLINK("http://x","bấm")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']
    expect(csvLine(hostile)).toBe(`"'=HYPERLINK(""http://x"",""bấm"")","'+1+1","'-2+3","'@SUM(A1)","'\t=1","'\r=1"\r\n`)
  })

  it('leaves numbers, including negative ones, and ordinary text as they are', () => {
    expect(csvLine([-2.5, 'Sở Tư pháp', 'a, b', 'x-y', null])).toBe('-2.5,Sở Tư pháp,"a, b",x-y,\r\n')
  })

  it('writes the semicolon dialect with decimal commas for Excel under Vietnamese settings', () => {
    expect(csvLine([59.81, 'a; b', 'a, b', 40], CSV_DIALECTS.semicolon)).toBe('59,81;"a; b";a, b;40\r\n')
  })
})

describe('export file names', () => {
  it('spell the campaign in ASCII words and name the variant', () => {
    expect(fileSlug('Khảo sát Sở Tư pháp — Đợt 1/2026')).toBe('khao-sat-so-tu-phap-dot-1-2026')
    expect(exportFileName('phieu-an-danh', { id: 7, name: 'Đợt 1' }, ['ma-may', ''], 'csv')).toBe('phieu-an-danh-dot-1-dot-7-ma-may.csv')
  })
})
