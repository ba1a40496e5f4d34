import { beforeAll, describe, expect, it } from 'vitest'
import { parseCsv } from '../../server/agencies/parse-csv'
import { useTestApp } from '../helpers/app'
import { createUserAndLogin, type LoggedInUser } from '../helpers/auth'
import { databaseKinds } from '../helpers/databases'

describe('CSV parsing', () => {
  it('reads quoted fields with commas, quotes and line breaks, CRLF, a BOM and Vietnamese text', () => {
    const csv = '\uFEFFname,code\r\n"Sở Nông nghiệp và Môi trường, tỉnh Sơn La",SNN\r\n"Trung tâm ""Một cửa""\nliên thông",TT\r\n\r\nUBND xã Chiềng Mung,CM'
    expect(parseCsv(csv)).toEqual([
      { line: 1, fields: ['name', 'code'] },
      { line: 2, fields: ['Sở Nông nghiệp và Môi trường, tỉnh Sơn La', 'SNN'] },
      { line: 3, fields: ['Trung tâm "Một cửa"\nliên thông', 'TT'] },
      { line: 6, fields: ['UBND xã Chiềng Mung', 'CM'] },
    ])
  })

  it('refuses a quote left open', () => {
    expect(() => parseCsv('name,code\n"Sở Tư pháp,STP\n')).toThrow(/line 2/)
  })
})

describe.each(databaseKinds)('agencies on %s', (kind) => {
  const t = useTestApp(kind)
  let admin: LoggedInUser
  const call = (method: string, path: string, body?: unknown) => t.request(`/api/v1${path}`, { method, body, headers: admin.headers })
  const importCsv = (csv: string) =>
    t.request('/api/v1/agencies/import', { method: 'POST', body: csv, headers: { ...admin.headers, 'Content-Type': 'text/csv; charset=utf-8' } })
  const allAgencies = () => t.ctx.db.selectFrom('agencies').selectAll().orderBy('id').execute()
  const create = async (name: string, code: string, parentId?: number) => {
    const res = await call('POST', '/agencies', { name, code, kind: 'department', parentId })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    return res.body.id as number
  }

  beforeAll(async () => {
    admin = await createUserAndLogin(t, 'admin')
  })

  it('creates a tree of any depth and lists it', async () => {
    const province = await create('UBND tỉnh Điện Biên', 'DB')
    const department = await create('Sở Y tế', 'DB-SYT', province)
    const hospital = await create('Bệnh viện Đa khoa tỉnh', 'DB-BV', department)
    const ward = await create('Khoa Khám bệnh', 'DB-BV-KKB', hospital)
    const list = await call('GET', '/agencies')
    expect(list.status).toBe(200)
    expect(list.body.find((a: { id: number }) => a.id === ward)).toEqual({
      id: ward,
      name: 'Khoa Khám bệnh',
      code: 'DB-BV-KKB',
      kind: 'department',
      parentId: hospital,
      active: true,
      openingHours: { days: [1, 2, 3, 4, 5], opensAt: 7, closesAt: 17 },
    })
  })

  it('keeps each agency’s opening hours, Monday–Friday 7–17 by default, and refuses hours that close before they open', async () => {
    const id = await create('Trung tâm Phục vụ hành chính công', 'DB-TTHCC')
    const saturday = { days: [6, 1, 2, 3, 4, 5], opensAt: 7, closesAt: 11 }
    const changed = await call('PATCH', `/agencies/${id}`, { openingHours: saturday })
    expect(changed.status).toBe(200)
    expect(changed.body.openingHours).toEqual({ days: [1, 2, 3, 4, 5, 6], opensAt: 7, closesAt: 11 })
    for (const [openingHours, field] of [
      [{ days: [1], opensAt: 17, closesAt: 7 }, 'openingHours.closesAt'],
      [{ days: [], opensAt: 7, closesAt: 17 }, 'openingHours.days'],
      [{ days: [8], opensAt: 7, closesAt: 17 }, 'openingHours.days.0'],
    ] as const) {
      const refused = await call('PATCH', `/agencies/${id}`, { openingHours })
      expect(refused.status).toBe(400)
      expect(Object.keys(refused.body.error.fields)).toEqual([field])
    }
    const stored = await t.ctx.db.selectFrom('agencies').select(['open_days', 'opens_at', 'closes_at']).where('id', '=', id).executeTakeFirstOrThrow()
    expect(stored).toEqual({ open_days: [1, 2, 3, 4, 5, 6], opens_at: 7, closes_at: 11 })
  })

  it('refuses invalid agencies naming the field, and stores nothing', async () => {
    await create('Sở Tài chính', 'STC')
    const before = await allAgencies()
    const cases: [unknown, string, number][] = [
      [{ name: '', code: 'X1', kind: 'department' }, 'name', 400],
      [{ name: 'Sở A', code: 'có dấu', kind: 'department' }, 'code', 400],
      [{ name: 'Sở A', code: 'X2', kind: 'district' }, 'kind', 400],
      [{ name: 'Sở A', code: 'X3', kind: 'department', parentId: 999999 }, 'parentId', 400],
      [{ name: 'Sở Tài chính', code: 'stc', kind: 'department' }, 'code', 409],
    ]
    for (const [body, field, status] of cases) {
      const res = await call('POST', '/agencies', body)
      expect(res.status, JSON.stringify(body)).toBe(status)
      expect(res.body.error.fields).toHaveProperty(field)
    }
    expect(await allAgencies()).toEqual(before)
  })

  it('moves, renames and deactivates an agency, but never under itself or its sub-agencies', async () => {
    const root = await create('Sở Giáo dục và Đào tạo', 'SGD')
    const child = await create('Phòng Khảo thí', 'SGD-KT', root)
    const grandchild = await create('Tổ Chấm thi', 'SGD-KT-CT', child)
    const before = await allAgencies()
    for (const parentId of [root, grandchild]) {
      const res = await call('PATCH', `/agencies/${root}`, { parentId })
      expect(res.status).toBe(400)
      expect(res.body.error.fields).toHaveProperty('parentId')
    }
    const taken = await call('PATCH', `/agencies/${child}`, { code: 'sgd' })
    expect(taken.status).toBe(409)
    expect(taken.body.error.fields).toHaveProperty('code')
    expect(await allAgencies()).toEqual(before)

    const moved = await call('PATCH', `/agencies/${grandchild}`, { parentId: root, name: 'Tổ Chấm thi tỉnh', active: false })
    expect(moved.body).toMatchObject({ parentId: root, name: 'Tổ Chấm thi tỉnh', active: false, code: 'SGD-KT-CT' })
    expect((await call('PATCH', `/agencies/${grandchild}`, { parentId: null })).body.parentId).toBeNull()
    expect((await call('PATCH', '/agencies/999999', { name: 'Không có' })).status).toBe(404)
  })

  it('imports a CSV: valid rows in one go (parents after children too), rejected rows with line, field and reason', async () => {
    await create('Sở Công Thương', 'SCT')
    const csv = [
      'name,code,kind,parentCode',
      '"Chi cục Quản lý thị trường, tỉnh Sơn La",QLTT,branch,SCT',
      'Phòng Hộ tịch,STP2-HT,branch,STP2',
      'Sở Tư pháp,STP2,department,',
      ',NONAME,department,',
      'Sở Ngoại vụ,SNGV,ministry,',
      'Sở trùng mã,sct,department,',
      'Phòng lạc,LAC,branch,KHONGCO',
      'Sở Tư pháp bản sao,STP2,department,',
      '"UBND xã Mường Ẳng",X-MA,commune,',
    ].join('\r\n')
    const before = (await allAgencies()).length
    const res = await importCsv(`\uFEFF${csv}`)
    expect(res.status).toBe(200)
    expect(res.body.created).toBe(4)
    expect(res.body.encoding).toBe('utf-8')
    expect(res.body.rejected).toEqual([
      { line: 5, code: 'name_missing', field: 'name', reason: expect.stringContaining('name') },
      { line: 6, code: 'kind_unknown', field: 'kind', value: 'ministry', reason: expect.stringContaining('kind') },
      { line: 7, code: 'code_exists', field: 'code', value: 'sct', reason: expect.stringContaining('already exists') },
      { line: 8, code: 'parent_unknown', field: 'parentCode', value: 'KHONGCO', reason: expect.stringContaining('parentCode') },
      { line: 9, code: 'code_repeated', field: 'code', value: 'STP2', reason: expect.stringContaining('twice') },
    ])
    const after = await allAgencies()
    expect(after).toHaveLength(before + 4)
    const byCode = new Map(after.map((a) => [a.code, a]))
    expect(byCode.get('STP2-HT')!.parent_id).toBe(byCode.get('STP2')!.id)
    expect(byCode.get('QLTT')!.name).toBe('Chi cục Quản lý thị trường, tỉnh Sơn La')
    expect(byCode.get('X-MA')).toMatchObject({ name: 'UBND xã Mường Ẳng', kind: 'commune', parent_id: null })
    const audit = await t.ctx.db.selectFrom('audit_log').selectAll().where('action', '=', 'import').executeTakeFirstOrThrow()
    expect(audit.details).toEqual({ created: 4, rejected: 5, encoding: 'utf-8' })
  })

  it('refuses a file without the expected header, or with an open quote, and creates nothing', async () => {
    const before = await allAgencies()
    const noHeader = await importCsv('Sở Tư pháp,STP9,department,\n')
    expect(noHeader.status).toBe(400)
    expect(noHeader.body.error.message).toMatch(/name,code,kind,parentCode/)
    expect((await importCsv('name,code,kind,parentCode\n"Sở mở ngoặc,S9,department,\n')).status).toBe(400)
    expect(await allAgencies()).toEqual(before)
  })

  it('records agency writes in the audit log with who made them', async () => {
    const id = await create('Sở Khoa học và Công nghệ', 'SKHCN')
    await call('PATCH', `/agencies/${id}`, { active: false })
    const entries = await t.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'agency')
      .where('entity_id', '=', String(id))
      .orderBy('id')
      .execute()
    expect(entries.map((e) => [e.action, e.user_id, e.details])).toEqual([
      ['create', admin.id, { name: 'Sở Khoa học và Công nghệ', code: 'SKHCN', kind: 'department' }],
      ['update', admin.id, { active: false }],
    ])
  })
})
