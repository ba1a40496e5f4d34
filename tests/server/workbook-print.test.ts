import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildWorkbook } from '../../server/exports/build-workbook'
import { loopTable } from '../../server/exports/loop-table'
import { summaryTable } from '../../server/exports/report-tables'
import type { CampaignIndices, Estimate } from '../../shared/indices/schemas'
import { sipas2017 } from '../../shared/questionnaires/templates'

const UNIT_NAMES = [
  'Sở Tài nguyên và Môi trường',
  'Sở Kế hoạch và Đầu tư',
  'Trung tâm Phục vụ hành chính công tỉnh',
  'UBND phường Chiềng Lề',
  'UBND xã Mường Bú',
]

const figure = (value: number, n: number): Estimate => ({ value, n, ciLow: value - 6, ciHigh: Math.min(100, value + 6), indicative: n < 30 })

/** A 5-unit SIPAS 2017 campaign's figures: 22 criteria, 5 elements, every expectation. */
function fiveUnitReport(): CampaignIndices {
  const definition = sipas2017.definition
  return {
    campaignId: 1,
    campaignName: 'Khảo sát sự hài lòng năm 2026 — Sở Nội vụ & UBND tỉnh Sơn La',
    year: 2026,
    scoring: 'share45',
    filters: { includeFlagged: false, verifiedOnly: false, channel: null, from: null, to: null },
    unit: 'percent',
    units: UNIT_NAMES.map((name, u) => ({
      // the last unit has too few answers to rank
      agencyId: u + 1,
      name,
      n: u < 4 ? 200 - 40 * u : 12,
      flagged: u,
      rank: u < 4 ? u + 1 : null,
      sipas: figure(86 - u, u < 4 ? 200 - 40 * u : 12),
      elements: definition.elements.map((e, i) => ({ key: e.key, ...figure(78 + i + u, 40) })),
      elementsWithoutData: [],
      criteria: definition.elements.flatMap((e) => e.criteria.map((c, i) => ({ key: c.key, element: e.key, ...figure(75 + i + u, 40) }))),
      expectations: definition.expectations!.options.map((o, i) => ({ key: o.key, n: i + u, share: 10 + i })),
      overall: figure(85, 40),
      points: null,
    })),
  }
}

const dir = mkdtempSync(path.join(tmpdir(), 'workbook-print-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** The workbook as LibreOffice prints it (a private profile, so parallel runs do not share one). */
function printToPdf(xlsx: Buffer): string {
  const file = path.join(dir, 'report.xlsx')
  writeFileSync(file, xlsx)
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], {
    stdio: 'pipe',
    timeout: 120_000,
  })
  return path.join(dir, 'report.pdf')
}

describe('printed report workbook', () => {
  it('prints a 5-unit campaign on A4 landscape, one page wide, summary headers on page 1, footer with campaign and page', async () => {
    const report = fiveUnitReport()
    const pdf = printToPdf(await buildWorkbook(report, sipas2017.definition, loopTable(report.units, [])))
    const info = execFileSync('pdfinfo', [pdf]).toString()
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1])
    // Summary 1, criteria (110 rows) 3–4, expectations 1–2, feedback cases 1, method 1.
    expect(pages).toBeGreaterThanOrEqual(5)
    expect(pages).toBeLessThanOrEqual(10)
    // A4 landscape: 842 × 595 points.
    expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts/)

    const text = (first: number, last = first) => execFileSync('pdftotext', ['-f', String(first), '-l', String(last), '-layout', pdf, '-']).toString()
    const flat = (s: string) => s.replace(/\s+/g, ' ')
    const page1 = text(1)
    for (const column of summaryTable(report, sipas2017.definition).columns) {
      for (const word of column.header.split(/\s+/)) expect(flat(page1)).toContain(word)
    }
    for (const name of UNIT_NAMES) expect(flat(page1)).toContain(name)
    expect(flat(page1)).toContain('Khảo sát sự hài lòng năm 2026 — Sở Nội vụ & UBND tỉnh Sơn La')
    expect(flat(page1)).toContain(`Trang 1 / ${pages}`)
    // The criteria sheet runs over several pages, each starting with its header row.
    const all = Array.from({ length: pages }, (_, i) => flat(text(i + 1)))
    const criteriaPages = all.filter((p) => p.includes('Mã tiêu chí'))
    expect(criteriaPages.length).toBeGreaterThanOrEqual(2)
    expect(all.filter((p) => p.includes('access.') || p.includes('staff.')).every((p) => p.includes('Mã tiêu chí'))).toBe(true)
    expect(readFileSync(pdf).length).toBeGreaterThan(0)
  }, 180_000)
})
