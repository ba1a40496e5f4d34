import { beforeAll, describe, expect, it, vi } from 'vitest'
import { lockedForMs } from '../../server/auth/login-rate-limit'
import { verifyPassword } from '../../server/auth/passwords'
import { bootstrap } from '../../server/bootstrap'
import { DEMO_CAMPAIGN_UNITS } from '../../server/demo/seed-demo'
import { DEFAULT_ADMIN_EMAIL, ensureFirstAdmin } from '../../server/users/first-admin'
import { yearInVietnam } from '../../shared/calendar/vietnam-time'
import { type TestApp, useTestApp } from '../helpers/app'
import { createUserAndLogin, type LoggedInUser } from '../helpers/auth'
import { databaseKinds } from '../helpers/databases'

const login = (t: TestApp, email: string, password: string, address = '203.0.113.7') =>
  t.request('/api/v1/auth/login', { body: { email, password }, remoteAddress: address })

describe('login rate limiter', () => {
  it('locks a key after 5 failures in 15 minutes until the oldest of the latest 5 ages out', () => {
    const window = 15 * 60_000
    // Failures at 0, 1, …, 4 min: the first leaves the window at 15 min, 11 min from now.
    const failures = [0, 1, 2, 3, 4].map((minute) => minute * 60_000)
    expect(lockedForMs([failures.slice(0, 4)], 5, window, 4 * 60_000)).toBe(0)
    expect(lockedForMs([failures, []], 5, window, 4 * 60_000)).toBe(11 * 60_000)
    expect(lockedForMs([failures], 5, window, window + 1)).toBe(0)
    // Seven failures: locked until the third (the oldest of the latest five) ages out.
    expect(lockedForMs([[...failures, 5 * 60_000, 6 * 60_000]], 5, window, 6 * 60_000)).toBe((2 + 15 - 6) * 60_000)
  })
})

describe.each(databaseKinds)('accounts on %s', (kind) => {
  const t = useTestApp(kind)
  let admin: LoggedInUser
  let agencyId: number
  const call = (method: string, path: string, body?: unknown) => t.request(`/api/v1${path}`, { method, body, headers: admin.headers })
  const allUsers = () => t.ctx.db.selectFrom('users').selectAll().orderBy('id').execute()

  beforeAll(async () => {
    admin = await createUserAndLogin(t, 'admin')
    agencyId = (await call('POST', '/agencies', { name: 'Sở Nội vụ', code: 'SNV', kind: 'department' })).body.id
  })

  it('creates accounts that can log in, never returning the password', async () => {
    const res = await call('POST', '/users', {
      email: 'Quan.Ly@SonLa.gov.vn',
      name: 'Quàng Văn Quản',
      password: 'mật-khẩu-quản-lý',
      role: 'unit_manager',
      agencyId,
    })
    expect(res.status).toBe(201)
    expect(res.body).toEqual({
      id: expect.any(Number),
      email: 'quan.ly@sonla.gov.vn',
      name: 'Quàng Văn Quản',
      role: 'unit_manager',
      agencyId,
      organisationId: null,
      active: true,
    })
    const stored = await t.ctx.db.selectFrom('users').select('password_hash').where('id', '=', res.body.id).executeTakeFirstOrThrow()
    expect(stored.password_hash).toMatch(/^\$argon2id\$/)
    const loggedIn = await login(t, 'quan.ly@sonla.gov.vn', 'mật-khẩu-quản-lý', '203.0.113.1')
    expect(loggedIn.status).toBe(200)
    expect(loggedIn.body.role).toBe('unit_manager')
    const list = await call('GET', '/users')
    expect(list.body.map((u: { email: string }) => u.email)).toContain('quan.ly@sonla.gov.vn')
    expect(JSON.stringify(list.body)).not.toMatch(/argon2|password/)
  })

  it.each([
    ['a bad email', { email: 'không-phải-email' }, 'email', 400],
    ['a short password', { password: 'ngắn' }, 'password', 400],
    ['an unknown role', { role: 'superuser' }, 'role', 400],
    ['a unit manager without an agency', { role: 'unit_manager' }, 'agencyId', 400],
    ['an unknown agency', { agencyId: 999999 }, 'agencyId', 400],
    ['an email already used (any case)', { email: 'TRUNG@sonla.gov.vn' }, 'email', 409],
  ])('refuses %s, naming the field, and stores nothing', async (_what, overrides, field, status) => {
    ;(await t.ctx.db.selectFrom('users').select('id').where('email', '=', 'trung@sonla.gov.vn').executeTakeFirst()) ??
      (await call('POST', '/users', { email: 'trung@sonla.gov.vn', name: 'Người có sẵn', password: 'mật-khẩu-có-sẵn', role: 'viewer' }))
    const before = await allUsers()
    const res = await call('POST', '/users', { email: 'moi@sonla.gov.vn', name: 'Người mới', password: 'mật-khẩu-người-mới', role: 'viewer', ...overrides })
    expect(res.status).toBe(status)
    expect(res.body.error.fields).toHaveProperty(field)
    expect(await allUsers()).toEqual(before)
  })

  it('removes expired sessions when someone logs in', async () => {
    const expired = { token_hash: 'expired-session', user_id: admin.id, expires_at: new Date(Date.now() - 1000) }
    await t.ctx.db.insertInto('sessions').values(expired).execute()
    expect((await login(t, admin.email, admin.password, '203.0.113.9')).status).toBe(200)
    expect(await t.ctx.db.selectFrom('sessions').select('token_hash').where('expires_at', '<=', new Date()).execute()).toEqual([])
    expect(await t.ctx.db.selectFrom('sessions').select('token_hash').where('user_id', '=', admin.id).execute()).not.toHaveLength(0)
  })

  it('changes role, agency, password and active; deactivation ends sessions', async () => {
    const viewer = await createUserAndLogin(t, 'viewer')
    const managerWithoutAgency = await call('PATCH', `/users/${viewer.id}`, { role: 'unit_manager' })
    expect(managerWithoutAgency.status).toBe(400)
    expect(managerWithoutAgency.body.error.fields).toHaveProperty('agencyId')
    const promoted = await call('PATCH', `/users/${viewer.id}`, { role: 'unit_manager', agencyId, name: 'Lò Thị Mai' })
    expect(promoted.body).toMatchObject({ role: 'unit_manager', agencyId, name: 'Lò Thị Mai' })
    await call('PATCH', `/users/${viewer.id}`, { password: 'mật-khẩu-mới-hẳn' })
    const hash = (await t.ctx.db.selectFrom('users').select('password_hash').where('id', '=', viewer.id).executeTakeFirstOrThrow()).password_hash
    expect(await verifyPassword(hash, 'mật-khẩu-mới-hẳn')).toBe(true)
    expect((await t.request('/api/v1/auth/me', { headers: viewer.headers })).status).toBe(401)
    const relogged = await login(t, viewer.email, 'mật-khẩu-mới-hẳn', '203.0.113.2')
    const cookie = { Cookie: relogged.headers.get('set-cookie')!.split(';')[0]! }
    expect((await call('PATCH', `/users/${viewer.id}`, { active: false })).body.active).toBe(false)
    expect((await t.request('/api/v1/auth/me', { headers: cookie })).status).toBe(401)
    expect((await login(t, viewer.email, 'mật-khẩu-mới-hẳn', '203.0.113.3')).status).toBe(401)
    expect((await call('PATCH', '/users/999999', { name: 'Không có' })).status).toBe(404)
  })

  it('does not let an admin deactivate or demote their own account', async () => {
    const self = await call('PATCH', `/users/${admin.id}`, { active: false })
    expect(self.status).toBe(409)
    expect(self.body.error.fields).toHaveProperty('active')
    expect((await call('PATCH', `/users/${admin.id}`, { role: 'viewer' })).status).toBe(409)
    expect((await call('GET', '/users')).status).toBe(200)
  })

  it('rate-limits failed logins per account: the 6th try gets 429 with Retry-After, even with the right password', async () => {
    const user = await createUserAndLogin(t, 'viewer')
    for (let i = 0; i < 5; i++) {
      expect((await login(t, user.email, 'sai-mật-khẩu', `198.51.100.${i}`)).status).toBe(401)
    }
    const locked = await login(t, user.email, user.password, '198.51.100.99')
    expect(locked.status).toBe(429)
    expect(locked.body.error.code).toBe('too_many_attempts')
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(14 * 60)
  })

  it('rate-limits failed logins per client address across accounts', async () => {
    for (let i = 0; i < 5; i++) {
      expect((await login(t, `khong-ton-tai-${i}@sonla.gov.vn`, 'sai-mật-khẩu', '192.0.2.50')).status).toBe(401)
    }
    const user = await createUserAndLogin(t, 'viewer')
    expect((await login(t, user.email, user.password, '192.0.2.50')).status).toBe(429)
    expect((await login(t, user.email, user.password, '192.0.2.51')).status).toBe(200)
  })

  it('ignores X-Forwarded-For from an address that is not a trusted proxy, even on the LAN', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await t.request('/api/v1/auth/login', {
        body: { email: `lan-${i}@sonla.gov.vn`, password: 'sai-mật-khẩu' },
        remoteAddress: '192.168.1.20',
        headers: { 'X-Forwarded-For': `198.51.100.${i}` },
      })
      expect(res.status).toBe(401)
    }
    const user = await createUserAndLogin(t, 'viewer')
    const sixth = await t.request('/api/v1/auth/login', {
      body: { email: user.email, password: user.password },
      remoteAddress: '192.168.1.20',
      headers: { 'X-Forwarded-For': '198.51.100.77' },
    })
    expect(sixth.status).toBe(429)
  })

  it('forgets an account’s failures after a successful login', async () => {
    const user = await createUserAndLogin(t, 'viewer')
    for (let i = 0; i < 4; i++) await login(t, user.email, 'sai-mật-khẩu', `198.18.0.${i}`)
    expect((await login(t, user.email, user.password, '198.18.1.1')).status).toBe(200)
    for (let i = 0; i < 4; i++) await login(t, user.email, 'sai-mật-khẩu', `198.18.2.${i}`)
    expect((await login(t, user.email, user.password, '198.18.3.1')).status).toBe(200)
  })

  it('shows admins the audit log newest first, a page at a time', async () => {
    const created = await call('POST', '/users', { email: 'nhat.ky@sonla.gov.vn', name: 'Người nhật ký', password: 'mật-khẩu-nhật-ký', role: 'viewer' })
    const first = await call('GET', '/audit?limit=2')
    expect(first.status).toBe(200)
    expect(first.body.items).toHaveLength(2)
    expect(first.body.items[0]).toMatchObject({ action: 'create', entity: 'user', entityId: String(created.body.id), userId: admin.id, userEmail: admin.email })
    expect(JSON.stringify(first.body.items[0].details)).not.toMatch(/mật-khẩu/)
    const second = await call('GET', `/audit?limit=2&before=${first.body.nextBefore}`)
    expect(second.body.items[0].id).toBeLessThan(first.body.items[1].id)
    const bad = await call('GET', '/audit?limit=0')
    expect(bad.status).toBe(400)
    expect(bad.body.error.fields).toHaveProperty('limit')
  })
})

describe.each(databaseKinds)('two admins changing each other at once on %s', (kind) => {
  const t = useTestApp(kind)
  const activeAdmins = async () =>
    (await t.ctx.db.selectFrom('users').select('id').where('role', '=', 'admin').where('active', '=', true).execute()).map((u) => u.id)
  const patch = (actor: LoggedInUser, target: LoggedInUser, body: unknown) =>
    t.request(`/api/v1/users/${target.id}`, { method: 'PATCH', body, headers: actor.headers })

  it.each([
    ['demote', { role: 'viewer' }, 'role'],
    ['deactivate', { active: false }, 'active'],
  ])('one may %s the other, the second change is a 409 and one active admin remains', async (_change, body, field) => {
    const a = await createUserAndLogin(t, 'admin')
    const b = await createUserAndLogin(t, 'admin')
    const others = (await activeAdmins()).filter((id) => id !== a.id && id !== b.id)
    await t.ctx.db
      .updateTable('users')
      .set({ active: false })
      .where('id', 'in', others.length ? others : [0])
      .execute()
    const answers = await Promise.all([patch(a, b, body), patch(b, a, body)])
    // The second is refused: 409 when it reaches the admins' check, or 403 when its own
    // account was already demoted by the first as its session was read.
    const [accepted, refused] = [...answers].sort((x, y) => x.status - y.status)
    expect(accepted!.status).toBe(200)
    expect([403, 409]).toContain(refused!.status)
    if (refused!.status === 409) expect(refused!.body.error.fields).toHaveProperty(field)
    expect(await activeAdmins()).toHaveLength(1)
  })
})

describe.each(databaseKinds)('first start on %s', (kind) => {
  describe('with ADMIN_EMAIL and ADMIN_PASSWORD', () => {
    const t = useTestApp(kind, { adminEmail: 'So.NoiVu@sonla.gov.vn', adminPassword: 'mật-khẩu-từ-biến-môi-trường' })

    it('creates that admin once, prints no password, and seeds demo data only into an empty database', async () => {
      const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
      try {
        await bootstrap(t.ctx, { demo: true })
        await bootstrap(t.ctx, { demo: true })
        const printed = write.mock.calls.map((call) => String(call[0])).join('')
        expect(printed).not.toContain('mật-khẩu-từ-biến-môi-trường')
        expect(printed).toContain('so.noivu@sonla.gov.vn')
      } finally {
        write.mockRestore()
      }
      const users = await t.ctx.db.selectFrom('users').selectAll().execute()
      expect(users.map((u) => [u.email, u.role])).toEqual([['so.noivu@sonla.gov.vn', 'admin']])
      expect((await login(t, 'so.noivu@sonla.gov.vn', 'mật-khẩu-từ-biến-môi-trường')).status).toBe(200)

      const agencies = await t.ctx.db.selectFrom('agencies').selectAll().execute()
      expect(agencies.length).toBeGreaterThanOrEqual(28)
      expect(agencies.filter((a) => a.parent_id === null).map((a) => a.name)).toEqual(['Tỉnh Sơn La (demo)'])
      const campaigns = await t.ctx.db.selectFrom('campaigns').selectAll().where('plan_id', 'is', null).execute()
      expect(campaigns).toHaveLength(1)
      expect(campaigns[0]).toMatchObject({ status: 'open', year: yearInVietnam() })
      const units = await t.ctx.db
        .selectFrom('campaign_units')
        .innerJoin('agencies', 'agencies.id', 'campaign_units.agency_id')
        .select('code')
        .where('campaign_id', '=', campaigns[0]!.id)
        .execute()
      expect(units.map((u) => u.code).sort()).toEqual([...DEMO_CAMPAIGN_UNITS].sort())
      // The Sơn La plan: 15 units over 2020–2022, a closed campaign of generated answers each year, one planned unit left out.
      const plan = await t.ctx.db.selectFrom('plans').selectAll().executeTakeFirstOrThrow()
      expect(plan).toMatchObject({ decision_number: '3235/QĐ-UBND', first_year: 2020, last_year: 2022 })
      expect(await t.ctx.db.selectFrom('plan_units').select('agency_id').where('plan_id', '=', plan.id).execute()).toHaveLength(15)
      const planCampaigns = await t.ctx.db.selectFrom('campaigns').selectAll().where('plan_id', '=', plan.id).orderBy('year').execute()
      expect(planCampaigns.map((c) => [c.year, c.status, c.name.includes('demo')])).toEqual([
        [2020, 'closed', true],
        [2021, 'closed', true],
        [2022, 'closed', true],
      ])
      const planUnits = await t.ctx.db
        .selectFrom('campaign_units')
        .select('agency_id')
        .where(
          'campaign_id',
          'in',
          planCampaigns.map((c) => c.id),
        )
        .execute()
      expect(planUnits).toHaveLength(14)
      const demoUnitIds = DEMO_CAMPAIGN_UNITS.map((code) => agencies.find((a) => a.code === code)!.id)
      expect(planUnits.filter((u) => demoUnitIds.includes(u.agency_id))).toEqual([])
      const answered = await t.ctx.db
        .selectFrom('responses')
        .select((eb) => eb.fn.count<number>('id').as('n'))
        .where(
          'campaign_id',
          'in',
          planCampaigns.map((c) => c.id),
        )
        .executeTakeFirstOrThrow()
      expect(answered.n).toBeGreaterThan(14 * 40)
      const questionnaire = await t.ctx.db
        .selectFrom('questionnaires')
        .select('kind')
        .where('id', '=', campaigns[0]!.questionnaire_id)
        .executeTakeFirstOrThrow()
      expect(questionnaire.kind).toBe('sipas2017')
    })
  })

  describe('on two nodes starting at once', () => {
    const t = useTestApp(kind, { adminEmail: 'admin@sonla.gov.vn', adminPassword: 'mật-khẩu-hai-nút-cùng-lúc' })

    it('creates the first admin once, and neither node fails', async () => {
      const results = await Promise.all([ensureFirstAdmin(t.ctx), ensureFirstAdmin(t.ctx)])
      expect(results.filter(Boolean)).toEqual([{ email: 'admin@sonla.gov.vn' }])
      expect(await t.ctx.db.selectFrom('users').select('email').execute()).toEqual([{ email: 'admin@sonla.gov.vn' }])
    })
  })

  describe('without them', () => {
    const t = useTestApp(kind)

    it('creates an admin with a generated password printed once, framed', async () => {
      const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
      let created, printed
      try {
        created = await ensureFirstAdmin(t.ctx)
        expect(await ensureFirstAdmin(t.ctx)).toBeUndefined()
        printed = write.mock.calls.map((call) => String(call[0])).join('')
      } finally {
        write.mockRestore()
      }
      expect(created!.email).toBe(DEFAULT_ADMIN_EMAIL)
      expect(printed.split(created!.generatedPassword!)).toHaveLength(2)
      expect(printed).toMatch(/====/)
      // Vietnamese first, naming the menu as the Vietnamese app does
      expect(printed.indexOf('Đã tạo tài khoản quản trị đầu tiên')).toBeLessThan(printed.indexOf('First admin account created'))
      expect(printed).toContain('“Người dùng”')
      expect(printed).not.toContain('under Users')
      expect((await login(t, DEFAULT_ADMIN_EMAIL, created!.generatedPassword!)).status).toBe(200)
    })
  })
})
