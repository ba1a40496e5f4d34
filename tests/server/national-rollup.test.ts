import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from '../../server/config'
import type { CampaignIndices } from '../../shared/indices/schemas'
import type { InstallationKey, NationalRanking, SignedBundle } from '../../shared/national/schemas'
import { type TestApp, useTestApp } from '../helpers/app'
import { createUserAndLogin, type LoggedInUser } from '../helpers/auth'
import { databaseKinds } from '../helpers/databases'
import { createSurveyFixture } from '../helpers/fixtures'
import { insertResponses, type TestResponse, times } from '../helpers/indices-responses'

const answer = (polite: number, listened: number | null, overall = 4): TestResponse => ({
  answers: { 'staff.polite': polite, 'staff.listened': listened },
  overall,
  gaveFeedback: false,
})

interface Province {
  t: TestApp
  admin: LoggedInUser
  campaignId: number
  year: number
}

/** A province with one campaign of three units and answers in each (the third unit's few are indicative). */
async function seedProvince(t: TestApp, samples: TestResponse[][]): Promise<Province> {
  const admin = await createUserAndLogin(t, 'admin')
  const fixture = await createSurveyFixture(t.ctx.db)
  const agencyIds = [fixture.agencyId]
  for (const name of ['UBND huyện Mộc Châu', 'UBND huyện Sốp Cộp']) {
    const { id } = await t.ctx.db
      .insertInto('agencies')
      .values({ name, code: `N-${name.length}-${agencyIds.length}-${Date.now()}`, kind: 'district', parent_id: null })
      .returning('id')
      .executeTakeFirstOrThrow()
    await t.ctx.db.insertInto('campaign_units').values({ campaign_id: fixture.campaignId, agency_id: id }).execute()
    agencyIds.push(id)
  }
  for (const [i, responses] of samples.entries()) await insertResponses(t.ctx.db, { ...fixture, agencyId: agencyIds[i]! }, responses)
  const { year } = await t.ctx.db.selectFrom('campaigns').select('year').where('id', '=', fixture.campaignId).executeTakeFirstOrThrow()
  return { t, admin, campaignId: fixture.campaignId, year }
}

const get = (p: Province, path: string) => p.t.request(`/api/v1${path}`, { headers: p.admin.headers })

describe.each(databaseKinds)('the national roll-up on %s', (kind) => {
  const sonLa = useTestApp(kind, { province: { code: 'SLA', name: 'Sơn La' } })
  const ngheAn = useTestApp(kind, { province: { code: 'NAN', name: 'Nghệ An' } })
  const nation = useTestApp(kind, { province: { code: 'VN', name: 'Toàn quốc' } })
  let a: Province
  let b: Province
  let national: LoggedInUser
  let bundleA: SignedBundle
  let bundleB: SignedBundle
  const post = (path: string, body: unknown, method = 'POST') => nation.request(`/api/v1${path}`, { method, body, headers: national.headers })

  beforeAll(async () => {
    a = await seedProvince(sonLa, [
      [...times(30, answer(5, 4)), ...times(12, answer(3, 2, 2)), ...times(3, answer(4, null))],
      [...times(40, answer(4, 5)), ...times(5, answer(1, 2, 1)), ...times(2, { ...answer(5, 5), flagged: true })],
      times(4, answer(5, 5)),
    ])
    b = await seedProvince(ngheAn, [[...times(33, answer(4, 4)), ...times(20, answer(2, 3, 3))], times(31, answer(5, 4)), []])
    national = await createUserAndLogin(nation, 'admin')
    bundleA = (await get(a, `/campaigns/${a.campaignId}/bundle`)).body
    bundleB = (await get(b, `/campaigns/${b.campaignId}/bundle`)).body
    for (const [p, code, name] of [
      [a, 'SLA', 'Sơn La'],
      [b, 'NAN', 'Nghệ An'],
    ] as const) {
      const key: InstallationKey = (await get(p, '/national/key')).body
      expect((await post('/national/provinces', { code, name, publicKey: key.publicKey }, 'PUT')).status).toBe(200)
    }
  })

  it('publishes sums, never answers, signed with the installation key shown to admins', async () => {
    const key: InstallationKey = (await get(a, '/national/key')).body
    expect(bundleA.signature).toMatchObject({ algorithm: 'Ed25519', publicKey: key.publicKey })
    expect(key.fingerprint).toMatch(/^([0-9a-f]{4} ){7}[0-9a-f]{4}$/)
    expect(bundleA.payload.province).toEqual({ code: 'SLA', name: 'Sơn La' })
    expect(bundleA.payload.units).toHaveLength(3)
    const second = bundleA.payload.units.find((u) => u.name === 'UBND huyện Mộc Châu')!
    expect(second.sums).toMatchObject({ respondents: 45, flagged: 2, answers: { 'staff.polite': { 4: 40, 1: 5 } } })
    // sums per unit, nothing per answer: no ids, times, comments or answer sets
    for (const unit of bundleA.payload.units) {
      expect(Object.keys(unit).sort()).toEqual(['code', 'name', 'sums'])
      expect(Object.keys(unit.sums).sort()).toEqual(
        ['answers', 'elementRespondents', 'expectationAnswered', 'expectations', 'flagged', 'moments', 'overall', 'respondents', 'scored'].sort(),
      )
    }
    expect(bundleA.payload.method).toContain('SIPAS')
    const audit = await sonLa.ctx.db.selectFrom('audit_log').select('action').where('entity', '=', 'campaign_bundle').execute()
    expect(audit.length).toBeGreaterThan(0)
  })

  it('imports each bundle once and ranks provinces and units with the indices each province computed, to the last digit', async () => {
    expect((await post('/national/bundles', bundleA)).body).toMatchObject({ status: 'imported', province: 'SLA', units: 3 })
    expect((await post('/national/bundles', bundleB)).status).toBe(201)
    const again = await post('/national/bundles', bundleA)
    expect(again.status).toBe(200)
    expect(again.body.status).toBe('unchanged')
    expect(await nation.ctx.db.selectFrom('national_bundles').select('id').execute()).toHaveLength(2)

    const ranking: NationalRanking = (await nation.request(`/api/v1/national/ranking?year=${a.year}&kind=sipas2017`, { headers: national.headers })).body
    for (const p of [a, b]) {
      const indices: CampaignIndices = (await get(p, `/campaigns/${p.campaignId}/indices`)).body
      for (const unit of indices.units) {
        const ranked = ranking.units.find((u) => u.name === unit.name && u.provinceCode === (p === a ? 'SLA' : 'NAN'))!
        expect(ranked.sipas).toEqual(unit.sipas)
      }
      const withData = indices.units.filter((u) => u.sipas.value !== null)
      const mean = withData.reduce((s, u) => s + u.sipas.value!, 0) / withData.length
      expect(ranking.provinces.find((q) => q.code === (p === a ? 'SLA' : 'NAN'))!.index).toBe(mean)
    }
    expect(ranking.provinces.map((p) => p.rank)).toEqual([1, 2])
    // the four-answer unit is indicative: listed, never ranked
    expect(ranking.units.find((u) => u.sipas.n === 4)!.rank).toBeNull()
    expect(ranking.units.filter((u) => u.rank !== null).map((u) => u.rank)).toEqual([1, 2, 3, 4])
  })

  it('exports the ranking as the ministry’s two tables', async () => {
    const res = await nation.app.request(`/api/v1/national/ranking.xlsx?year=${a.year}&kind=sipas2017`, { headers: national.headers })
    expect(res.status).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await res.arrayBuffer())
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Tỉnh', 'Đơn vị'])
    const provinces = workbook.getWorksheet('Tỉnh')!
    const names = provinces.getColumn(2).values.filter((v) => v === 'Sơn La' || v === 'Nghệ An')
    expect(names).toHaveLength(2)
  })

  it('refuses a changed bundle, another province’s key and an unregistered province, storing nothing', async () => {
    const before = await nation.ctx.db.selectFrom('national_bundles').select(['digest', 'payload']).orderBy('id').execute()
    const tampered = structuredClone(bundleA)
    tampered.payload.units[0]!.sums.answers['staff.polite']!['5'] = 300
    const changed = await post('/national/bundles', tampered)
    expect(changed.status).toBe(422)
    expect(changed.body.error.code).toBe('bad_signature')

    const impostor = structuredClone(bundleB)
    impostor.payload.province = { code: 'SLA', name: 'Sơn La' }
    expect((await post('/national/bundles', impostor)).body.error.code).toBe('bad_signature')

    const stranger = structuredClone(bundleA)
    stranger.payload.province = { code: 'HNI', name: 'Hà Nội' }
    const unknown = await post('/national/bundles', stranger)
    expect(unknown.status).toBe(422)
    expect(unknown.body.error.fields).toHaveProperty(['payload.province.code'])

    expect(await nation.ctx.db.selectFrom('national_bundles').select(['digest', 'payload']).orderBy('id').execute()).toEqual(before)
  })

  it('replaces a campaign’s bundle when the province sends a newer one', async () => {
    const unit = await sonLa.ctx.db.selectFrom('campaign_units').select('agency_id').where('campaign_id', '=', a.campaignId).executeTakeFirstOrThrow()
    const { questionnaire_id } = await sonLa.ctx.db.selectFrom('campaigns').select('questionnaire_id').where('id', '=', a.campaignId).executeTakeFirstOrThrow()
    await insertResponses(sonLa.ctx.db, { campaignId: a.campaignId, agencyId: unit.agency_id, questionnaireId: questionnaire_id }, times(5, answer(2, 2, 2)))
    const newer: SignedBundle = (await get(a, `/campaigns/${a.campaignId}/bundle`)).body
    const res = await post('/national/bundles', newer)
    expect(res.status).toBe(200)
    expect(res.body.status).toBe('replaced')
    const stored = await nation.ctx.db.selectFrom('national_bundles').select('payload').where('province_code', '=', 'SLA').execute()
    expect(stored).toHaveLength(1)
    expect(stored[0]!.payload.units.reduce((n, u) => n + u.sums.respondents, 0)).toBe(99)
  })

  it('refuses a key that is not Ed25519, non-admins, and bundles without a province identity', async () => {
    const bad = await post('/national/provinces', { code: 'HNI', name: 'Hà Nội', publicKey: 'bm90IGEga2V5' }, 'PUT')
    expect(bad.status).toBe(400)
    expect(bad.body.error.fields).toHaveProperty('publicKey')
    const viewer = await createUserAndLogin(nation, 'viewer')
    expect((await nation.request(`/api/v1/national/ranking?year=${a.year}&kind=sipas2017`, { headers: viewer.headers })).status).toBe(403)
    expect((await nation.request('/api/v1/national/bundles', { method: 'POST', body: bundleA, headers: viewer.headers })).status).toBe(403)
    const manager = await createUserAndLogin(sonLa, 'viewer')
    expect((await sonLa.request(`/api/v1/campaigns/${a.campaignId}/bundle`, { headers: manager.headers })).status).toBe(403)
  })
})

describe('the province identity', () => {
  it('is set with PROVINCE_CODE and PROVINCE_NAME together', () => {
    expect(loadConfig({ PROVINCE_CODE: 'SLA', PROVINCE_NAME: 'Sơn La' }).province).toEqual({ code: 'SLA', name: 'Sơn La' })
    expect(loadConfig({}).province).toBeUndefined()
    expect(() => loadConfig({ PROVINCE_CODE: 'SLA' })).toThrow(ConfigError)
    expect(() => loadConfig({ PROVINCE_CODE: 'sơn la', PROVINCE_NAME: 'Sơn La' })).toThrow(/PROVINCE_CODE/)
  })
})

describe('an installation without PROVINCE_CODE', () => {
  const t = useTestApp('pglite')
  it('says what to set instead of publishing an anonymous bundle', async () => {
    const admin = await createUserAndLogin(t, 'admin')
    const { campaignId } = await createSurveyFixture(t.ctx.db)
    const res = await t.request(`/api/v1/campaigns/${campaignId}/bundle`, { headers: admin.headers })
    expect(res.status).toBe(409)
    expect(res.body.error.message).toMatch(/PROVINCE_CODE/)
  })
})
