import ExcelJS from 'exceljs'
import { sql } from 'kysely'
import { beforeAll, describe, expect, it } from 'vitest'
import { MAX_IMPORT_ROWS } from '../../shared/agencies/import'
import { useTestApp } from '../helpers/app'
import { createUserAndLogin, type LoggedInUser } from '../helpers/auth'
import { databaseKinds } from '../helpers/databases'
import { encodeWindows1258 } from '../helpers/windows-1258'

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const bytes = Buffer.from(`\uFEFF${text}`, 'utf16le')
  if (endian === 'be') bytes.swap16()
  return new Uint8Array(bytes)
}

const NAMES = ['Sở Tư pháp tỉnh Điện Biên', 'Phòng Hộ tịch, quốc tịch', 'UBND xã Mường Ẳng', 'Bộ phận Một cửa phường Mường Thanh']

describe('a Windows-1258 fixture', () => {
  it('really is 8-bit with separate tone marks, and not valid UTF-8', () => {
    const bytes = encodeWindows1258('Mường Ẳng')
    expect(bytes).toHaveLength('Mường Ẳng'.length + 2) // ờ and Ẳ: base letter + tone byte
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow()
  })
})

describe.each(databaseKinds)('agency import on %s', (kind) => {
  const t = useTestApp(kind)
  let admin: LoggedInUser
  let run = 0
  const send = async (body: Uint8Array | string, contentType = 'text/csv') => {
    const res = await t.app.request('/api/v1/agencies/import', {
      method: 'POST',
      body: typeof body === 'string' ? body : new Blob([body as Uint8Array<ArrayBuffer>]),
      headers: { ...admin.headers, 'Content-Type': contentType },
    })
    return { status: res.status, body: (await res.json()) as any }
  }
  const byCode = async (codes: string[]) => {
    const rows = await t.ctx.db.selectFrom('agencies').select(['id', 'code', 'name', 'kind', 'parent_id']).where('code', 'in', codes).execute()
    return new Map(rows.map((r) => [r.code, r]))
  }
  /** Four agencies under fresh codes, in the template's Vietnamese headers and kind names. */
  const sample = () => {
    const p = `R${++run}-`
    return {
      codes: [`${p}STP`, `${p}HT`, `${p}MA`, `${p}MC`],
      rows: [
        ['Tên cơ quan', 'Mã', 'Loại', 'Mã cơ quan cấp trên'],
        [NAMES[1]!, `${p}HT`, 'Chi nhánh, bộ phận', `${p}STP`],
        [NAMES[0]!, `${p}STP`, 'Sở, ban, ngành', ''],
        [NAMES[2]!, `${p}MA`, 'UBND xã', ''],
        [NAMES[3]!, `${p}MC`, 'branch', `${p}MA`],
      ],
    }
  }
  const toCsv = (rows: string[][]) => `${rows.map((r) => r.map((f) => (/[",\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(',')).join('\r\n')}\r\n`
  const expectStored = async (codes: string[]) => {
    const stored = await byCode(codes)
    expect(codes.map((c) => stored.get(c)?.name)).toEqual([NAMES[0], NAMES[1], NAMES[2], NAMES[3]])
    expect(codes.map((c) => stored.get(c)?.kind)).toEqual(['department', 'branch', 'commune', 'branch'])
    expect(stored.get(codes[1]!)!.parent_id).toBe(stored.get(codes[0]!)!.id)
    expect(stored.get(codes[3]!)!.parent_id).toBe(stored.get(codes[2]!)!.id)
  }

  beforeAll(async () => {
    admin = await createUserAndLogin(t, 'admin')
  })

  it.each([
    ['windows-1258', (text: string) => encodeWindows1258(text)],
    ['utf-16le', (text: string) => utf16(text, 'le')],
    ['utf-16be', (text: string) => utf16(text, 'be')],
  ] as const)('reads a CSV Excel saved in %s, with Vietnamese headers and kind names, without mojibake', async (encoding, encode) => {
    const { codes, rows } = sample()
    const res = await send(encode(toCsv(rows)))
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body).toEqual({ created: 4, encoding, rejected: [] })
    await expectStored(codes)
  })

  it('reads an XLSX workbook directly (its first sheet), and reports rows by their row number', async () => {
    const { codes, rows } = sample()
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Cơ quan')
    for (const row of rows) sheet.addRow(row)
    sheet.addRow([])
    sheet.addRow(['Phòng không có mã', '', 'Khác', ''])
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer())
    const res = await send(bytes, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body).toMatchObject({ created: 4, encoding: 'xlsx', rejected: [{ line: 7, code: 'code_missing', field: 'code' }] })
    await expectStored(codes)
  })

  it('imports 15,000 rows in a 5,000-deep chain listed children first, every parent linked', async () => {
    const p = `BIG${++run}-`
    const chain = Array.from({ length: 5000 }, (_, i) => [`Cấp ${i}`, `${p}C${i}`, 'branch', i === 0 ? '' : `${p}C${i - 1}`])
    const leaves = Array.from({ length: 10_000 }, (_, i) => [`Tổ ${i}`, `${p}L${i}`, 'Khác', `${p}C${(i * 7919) % 5000}`])
    const csv = toCsv([['name', 'code', 'kind', 'parentCode'], ...chain.reverse(), ...leaves])
    const res = await send(csv)
    expect(res.status, JSON.stringify(res.body).slice(0, 500)).toBe(200)
    expect(res.body.created).toBe(15_000)
    expect(res.body.rejected).toEqual([])
    const { rows } = await sql<{ code: string; parent_code: string | null }>`
      select a.code, p.code as parent_code from agencies a left join agencies p on p.id = a.parent_id where a.code like ${`${p}%`}`.execute(t.ctx.db)
    const parentOf = new Map([...chain, ...leaves].map((r) => [r[1]!, r[3] || null]))
    expect(rows).toHaveLength(15_000)
    expect(rows.filter((r) => r.parent_code !== parentOf.get(r.code))).toEqual([])
  })

  it('rejects rows whose parent row was rejected or that form a loop, naming the reason', async () => {
    const p = `LOOP${++run}-`
    const res = await send(
      toCsv([
        ['name', 'code', 'kind', 'parentCode'],
        ['Vòng A', `${p}A`, 'other', `${p}B`],
        ['Vòng B', `${p}B`, 'other', `${p}A`],
        ['Sai loại', `${p}X`, 'bộ', ''],
        ['Con của dòng sai', `${p}Y`, 'other', `${p}X`],
      ]),
    )
    expect(res.body.created).toBe(0)
    expect(res.body.rejected.map((r: { line: number; code: string }) => [r.line, r.code])).toEqual([
      [2, 'parent_not_imported'],
      [3, 'parent_not_imported'],
      [4, 'kind_unknown'],
      [5, 'parent_unknown'],
    ])
  })

  it(`refuses more than ${MAX_IMPORT_ROWS} rows, creating nothing`, async () => {
    const before = await t.ctx.db
      .selectFrom('agencies')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    const rows = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => ['Tổ', `MAX-${i}`, 'other', ''])
    const res = await send(toCsv([['name', 'code', 'kind', 'parentCode'], ...rows]))
    expect(res.status).toBe(400)
    expect(res.body.error.fields).toEqual({ file: 'too_many_rows' })
    expect(
      await t.ctx.db
        .selectFrom('agencies')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
    ).toEqual(before)
  })

  it('offers a template in XLSX and CSV with Vietnamese headers and an example row that imports as it is', async () => {
    const xlsx = await t.app.request('/api/v1/agencies/import-template.xlsx', { headers: admin.headers })
    expect(xlsx.status).toBe(200)
    expect(xlsx.headers.get('content-disposition')).toContain('.xlsx')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await xlsx.arrayBuffer())
    expect(workbook.worksheets[0]!.getRow(1).values).toEqual([undefined, 'Tên cơ quan', 'Mã', 'Loại', 'Mã cơ quan cấp trên'])
    const csv = await t.app.request('/api/v1/agencies/import-template.csv', { headers: admin.headers })
    const bytes = new Uint8Array(await csv.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]) // so Excel opens it as UTF-8
    const text = new TextDecoder().decode(bytes)
    expect(text.split('\r\n')[0]).toBe('Tên cơ quan,Mã,Loại,Mã cơ quan cấp trên')
    const res = await send(bytes)
    expect(res.body.rejected).toEqual([])
    expect(res.body.created).toBeGreaterThan(0)
  })
})
