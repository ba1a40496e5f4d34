import { beforeAll, describe, expect, it } from 'vitest'
import { useTestApp } from '../helpers/app'
import { createUserAndLogin, type LoggedInUser } from '../helpers/auth'
import { databaseKinds } from '../helpers/databases'

type Who = 'admin' | 'unit_manager' | 'viewer'

/** Every admin route family; `allowed` roles get `okStatus`, the others 403, no session 401. */
interface RouteCase {
  name: string
  method: string
  path: () => string
  body?: () => unknown
  allowed: Who[]
  okStatus: number
}

describe.each(databaseKinds)('permission matrix on %s', (kind) => {
  const t = useTestApp(kind)
  const users = {} as Record<Who, LoggedInUser>
  let agencyA: number, agencyB: number, subAgencyA: number
  let campaignA: number, campaignB: number, draftQuestionnaire: number, builtinQuestionnaire: number
  let sequence = 0

  beforeAll(async () => {
    const admin = await createUserAndLogin(t, 'admin')
    const post = async (path: string, body: unknown) => {
      const res = await t.request(path, { method: 'POST', body, headers: admin.headers })
      if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`)
      return res.body.id as number
    }
    agencyA = await post('/api/v1/agencies', { name: 'Sở Tư pháp', code: 'STP', kind: 'department' })
    subAgencyA = await post('/api/v1/agencies', { name: 'Phòng Hộ tịch', code: 'STP-HT', kind: 'branch', parentId: agencyA })
    agencyB = await post('/api/v1/agencies', { name: 'Sở Xây dựng', code: 'SXD', kind: 'department' })
    const questionnaires = (await t.request('/api/v1/questionnaires', { headers: admin.headers })).body
    builtinQuestionnaire = questionnaires.find((q: { kind: string }) => q.kind === 'sipas2017').id
    draftQuestionnaire = await post('/api/v1/questionnaires', { basedOnId: builtinQuestionnaire, name: 'Phiếu thử quyền' })
    const campaign = { year: 2027, startsOn: '2027-03-01', endsOn: '2027-10-31', questionnaireId: builtinQuestionnaire }
    campaignA = await post('/api/v1/campaigns', { ...campaign, name: 'Khảo sát Sở Tư pháp' })
    campaignB = await post('/api/v1/campaigns', { ...campaign, name: 'Khảo sát Sở Xây dựng' })
    await t.request(`/api/v1/campaigns/${campaignA}/units`, { method: 'PUT', body: { agencyIds: [subAgencyA] }, headers: admin.headers })
    await t.request(`/api/v1/campaigns/${campaignB}/units`, { method: 'PUT', body: { agencyIds: [agencyB] }, headers: admin.headers })
    users.admin = admin
    users.unit_manager = await createUserAndLogin(t, 'unit_manager', agencyA)
    users.viewer = await createUserAndLogin(t, 'viewer')
  })

  const everyone: Who[] = ['admin', 'unit_manager', 'viewer']
  const unique = () => `${kind}-${++sequence}`
  const cases: RouteCase[] = [
    { name: 'list users', method: 'GET', path: () => '/api/v1/users', allowed: ['admin'], okStatus: 200 },
    {
      name: 'create user',
      method: 'POST',
      path: () => '/api/v1/users',
      body: () => ({ email: `nguoi.${unique()}@sonla.gov.vn`, name: 'Lò Văn Minh', password: 'mật-khẩu-dài-đủ', role: 'viewer' }),
      allowed: ['admin'],
      okStatus: 201,
    },
    {
      name: 'update user',
      method: 'PATCH',
      path: () => `/api/v1/users/${users.viewer.id}`,
      body: () => ({ name: 'Cầm Thị Hoa' }),
      allowed: ['admin'],
      okStatus: 200,
    },
    { name: 'list agencies', method: 'GET', path: () => '/api/v1/agencies', allowed: everyone, okStatus: 200 },
    {
      name: 'create agency',
      method: 'POST',
      path: () => '/api/v1/agencies',
      body: () => ({ name: 'UBND xã Chiềng Mung', code: `XA-${unique()}`, kind: 'commune' }),
      allowed: ['admin'],
      okStatus: 201,
    },
    {
      name: 'update agency',
      method: 'PATCH',
      path: () => `/api/v1/agencies/${agencyB}`,
      body: () => ({ name: 'Sở Xây dựng tỉnh' }),
      allowed: ['admin'],
      okStatus: 200,
    },
    {
      name: 'import agencies',
      method: 'POST',
      path: () => '/api/v1/agencies/import',
      body: () => `name,code,kind,parentCode\nUBND phường Tô Hiệu,P-${unique()},commune,\n`,
      allowed: ['admin'],
      okStatus: 200,
    },
    { name: 'list questionnaires', method: 'GET', path: () => '/api/v1/questionnaires', allowed: everyone, okStatus: 200 },
    { name: 'read questionnaire', method: 'GET', path: () => `/api/v1/questionnaires/${builtinQuestionnaire}`, allowed: everyone, okStatus: 200 },
    {
      name: 'copy questionnaire',
      method: 'POST',
      path: () => '/api/v1/questionnaires',
      body: () => ({ basedOnId: builtinQuestionnaire }),
      allowed: ['admin'],
      okStatus: 201,
    },
    {
      name: 'edit questionnaire',
      method: 'PATCH',
      path: () => `/api/v1/questionnaires/${draftQuestionnaire}`,
      body: () => ({ name: `Phiếu ${unique()}` }),
      allowed: ['admin'],
      okStatus: 200,
    },
    { name: 'list campaigns', method: 'GET', path: () => '/api/v1/campaigns', allowed: everyone, okStatus: 200 },
    { name: 'read campaign', method: 'GET', path: () => `/api/v1/campaigns/${campaignA}`, allowed: everyone, okStatus: 200 },
    {
      name: 'create campaign',
      method: 'POST',
      path: () => '/api/v1/campaigns',
      body: () => ({ name: 'Khảo sát 2028', year: 2028, startsOn: '2028-01-01', endsOn: '2028-12-31', questionnaireId: builtinQuestionnaire }),
      allowed: ['admin'],
      okStatus: 201,
    },
    {
      name: 'update campaign',
      method: 'PATCH',
      path: () => `/api/v1/campaigns/${campaignA}`,
      body: () => ({ name: 'Khảo sát Sở Tư pháp 2027' }),
      allowed: ['admin'],
      okStatus: 200,
    },
    {
      name: 'set campaign units',
      method: 'PUT',
      path: () => `/api/v1/campaigns/${campaignA}/units`,
      body: () => ({ agencyIds: [subAgencyA] }),
      allowed: ['admin'],
      okStatus: 200,
    },
    { name: 'read audit log', method: 'GET', path: () => '/api/v1/audit', allowed: ['admin'], okStatus: 200 },
  ]
  const send = (route: RouteCase, headers: Record<string, string> = {}) => {
    const body = route.body?.()
    return t.request(route.path(), {
      method: route.method,
      body,
      headers: typeof body === 'string' ? { ...headers, 'Content-Type': 'text/csv' } : headers,
    })
  }

  it.each(cases.map((route) => [route.name, route] as const))('%s: 401 without a session', async (_name, route) => {
    const res = await send(route)
    expect(res.status).toBe(401)
    expect(res.body.error.code).toBe('unauthorized')
  })

  it.each(cases.flatMap((route) => everyone.map((who) => [route.name, who, route] as const)))('%s as %s', async (_name, who, route) => {
    const res = await send(route, users[who].headers)
    if (route.allowed.includes(who)) {
      expect(res.status, JSON.stringify(res.body)).toBe(route.okStatus)
    } else {
      expect(res.status).toBe(403)
      expect(res.body.error.code).toBe('forbidden')
    }
  })

  it('refuses a viewer’s write and changes nothing', async () => {
    const before = await t.ctx.db.selectFrom('agencies').selectAll().where('id', '=', agencyB).executeTakeFirstOrThrow()
    const res = await t.request(`/api/v1/agencies/${agencyB}`, { method: 'PATCH', body: { name: 'Đổi tên trái phép' }, headers: users.viewer.headers })
    expect(res.status).toBe(403)
    expect(await t.ctx.db.selectFrom('agencies').selectAll().where('id', '=', agencyB).executeTakeFirstOrThrow()).toEqual(before)
  })

  it('shows a unit manager only its agency, its sub-agencies and the campaigns surveying them', async () => {
    const agencies = await t.request('/api/v1/agencies', { headers: users.unit_manager.headers })
    expect(agencies.body.map((a: { id: number }) => a.id).sort()).toEqual([agencyA, subAgencyA].sort())
    const campaigns = await t.request('/api/v1/campaigns', { headers: users.unit_manager.headers })
    expect(campaigns.body.map((c: { id: number }) => c.id)).toEqual([campaignA])
    const other = await t.request(`/api/v1/campaigns/${campaignB}`, { headers: users.unit_manager.headers })
    expect(other.status).toBe(403)
  })

  it('limits a viewer attached to an agency the same way', async () => {
    const viewerB = await createUserAndLogin(t, 'viewer', agencyB)
    const campaigns = await t.request('/api/v1/campaigns', { headers: viewerB.headers })
    expect(campaigns.body.map((c: { id: number }) => c.id)).toEqual([campaignB])
    expect((await t.request(`/api/v1/campaigns/${campaignA}`, { headers: viewerB.headers })).status).toBe(403)
    expect((await t.request(`/api/v1/campaigns/${campaignB}`, { headers: viewerB.headers })).status).toBe(200)
  })

  it('applies one campaign rule to every campaign route: a campaign without units is 403 to agency-limited accounts', async () => {
    const empty = (
      await t.request('/api/v1/campaigns', {
        body: { name: 'Khảo sát chưa có đơn vị', year: 2027, startsOn: '2027-03-01', endsOn: '2027-10-31', questionnaireId: builtinQuestionnaire },
        headers: users.admin.headers,
      })
    ).body.id
    const viewerB = await createUserAndLogin(t, 'viewer', agencyB)
    const paths = ['', '/indices', '/indices/breakdowns?by=channel', '/indices/timeline', '/export.csv', '/export.json', '/export.xlsx'].map(
      (suffix) => `/api/v1/campaigns/${empty}${suffix}`,
    )
    for (const path of paths) {
      expect((await t.request(path, { headers: users.unit_manager.headers })).status, path).toBe(403)
      expect((await t.request(path, { headers: viewerB.headers })).status, path).toBe(403)
      expect((await t.request(path, { headers: users.viewer.headers })).status, path).toBe(200)
      expect((await t.request(path, { headers: users.admin.headers })).status, path).toBe(200)
    }
  })
})
