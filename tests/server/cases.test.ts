import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { LoginRateLimiter } from '../../server/auth/login-rate-limit'
import { followUpRoutes } from '../../server/cases/follow-up-routes'
import { todayInVietnam } from '../../shared/calendar/vietnam-time'
import { addWorkingDays } from '../../shared/calendar/working-days'
import { useTestApp } from '../helpers/app'
import { createUserAndLogin, type LoggedInUser } from '../helpers/auth'
import { createLinkCode, postResponse, sampleSubmission } from '../helpers/collection'
import { databaseKinds } from '../helpers/databases'
import { createSurveyFixture } from '../helpers/fixtures'

const PHONE_MASK = '[số điện thoại đã ẩn]'

describe.each(databaseKinds)('feedback cases on %s', (kind) => {
  const t = useTestApp(kind)

  /** A campaign of two units, a QR link for each, an admin and each unit's manager. */
  async function twoUnits() {
    const fixture = await createSurveyFixture(t.ctx.db)
    const other = await t.ctx.db
      .insertInto('agencies')
      .values({ name: 'UBND xã Chiềng Cơi', code: `XA-${Date.now()}-${Math.random()}`, kind: 'commune', parent_id: null })
      .returning('id')
      .executeTakeFirstOrThrow()
    await t.ctx.db.insertInto('campaign_units').values({ campaign_id: fixture.campaignId, agency_id: other.id }).execute()
    const admin = await createUserAndLogin(t, 'admin')
    return {
      ...fixture,
      otherAgencyId: other.id,
      admin,
      manager: await createUserAndLogin(t, 'unit_manager', fixture.agencyId),
      otherManager: await createUserAndLogin(t, 'unit_manager', other.id),
      code: await createLinkCode(t, admin, fixture.campaignId, fixture.agencyId, 'qr'),
      otherCode: await createLinkCode(t, admin, fixture.campaignId, other.id, 'qr'),
    }
  }

  const caseOf = (responseId: number) => t.ctx.db.selectFrom('feedback_cases').selectAll().where('response_id', '=', responseId).executeTakeFirst()
  const patch = (user: LoggedInUser, id: number, body: unknown) => t.request(`/api/v1/cases/${id}`, { method: 'PATCH', body, headers: user.headers })

  describe('opening', () => {
    it('opens a case for a comment with a low overall rating, a criterion at 1–2, or the tick; returns its follow-up code', async () => {
      const { code } = await twoUnits()
      const triggers = [
        sampleSubmission({ overall: 2, comment: 'Chờ quá lâu' }),
        sampleSubmission({ answers: { 'staff.polite': 1, 'staff.listened': 5 }, comment: 'Cán bộ thiếu lịch sự' }),
        sampleSubmission({ wantsReply: true, comment: 'Xin hướng dẫn thủ tục đất đai' }),
      ]
      for (const body of triggers) {
        const res = await postResponse(t, code, body)
        expect(res.status).toBe(201)
        expect(res.body.followUpCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/)
        const stored = await caseOf(res.body.id)
        expect(stored).toMatchObject({ code: res.body.followUpCode, status: 'new', requested: body.wantsReply === true })
        expect(stored!.opened_at.getUTCMinutes()).toBe(0)
      }
    })

    it('opens none when satisfied without the tick, when there is no comment, or when the campaign opens cases on the tick only', async () => {
      const { code, campaignId, admin } = await twoUnits()
      for (const body of [
        sampleSubmission({ comment: 'Cán bộ nhiệt tình, cảm ơn' }),
        sampleSubmission({ overall: 3, answers: { 'staff.polite': 3 }, comment: 'Bình thường' }),
        sampleSubmission({ overall: 1 }),
        sampleSubmission({ overall: 1, wantsReply: true, comment: '   ' }),
      ]) {
        const res = await postResponse(t, code, body)
        expect(res.status).toBe(201)
        expect(res.body.followUpCode).toBeNull()
        expect(await caseOf(res.body.id)).toBeUndefined()
      }
      const ruled = await t.request(`/api/v1/campaigns/${campaignId}`, { method: 'PATCH', body: { caseRule: 'requested_only' }, headers: admin.headers })
      expect(ruled.status).toBe(200)
      expect(ruled.body.caseRule).toBe('requested_only')
      expect(
        (await t.request(`/api/v1/campaigns/${campaignId}`, { method: 'PATCH', body: { caseRule: 'never' }, headers: admin.headers })).body.error.fields,
      ).toHaveProperty('caseRule')
      const unhappy = await postResponse(t, code, sampleSubmission({ overall: 1, comment: 'Rất tệ' }))
      expect(unhappy.body.followUpCode).toBeNull()
      const asked = await postResponse(t, code, sampleSubmission({ overall: 1, wantsReply: true, comment: 'Rất tệ, xin trả lời' }))
      expect(asked.body.followUpCode).not.toBeNull()
    })

    it('opens exactly one case when the answer is sent again, and the replay gets the same code', async () => {
      const { code } = await twoUnits()
      const body = sampleSubmission({ overall: 1, comment: 'Hồ sơ bị trả lại 3 lần' })
      const first = await postResponse(t, code, body)
      const [again, concurrent] = await Promise.all([postResponse(t, code, body), postResponse(t, code, body)])
      expect(first.status).toBe(201)
      expect([again.status, concurrent.status]).toEqual([200, 200])
      expect(again.body.followUpCode).toBe(first.body.followUpCode)
      expect(concurrent.body.followUpCode).toBe(first.body.followUpCode)
      const cases = await t.ctx.db.selectFrom('feedback_cases').select('id').where('response_id', '=', first.body.id).execute()
      expect(cases).toHaveLength(1)
    })

    it('stores the comment masked, counts the masks on the answer and in /metrics', async () => {
      const { code, manager } = await twoUnits()
      const res = await postResponse(
        t,
        code,
        sampleSubmission({ overall: 1, comment: 'Gọi tôi 0912 345 678 hoặc nguyen.an@gmail.com, hẹn 12/03/2026 nộp 500.000 đồng' }),
      )
      const row = await t.ctx.db.selectFrom('responses').select(['comment', 'comment_masks']).where('id', '=', res.body.id).executeTakeFirstOrThrow()
      expect(row).toEqual({ comment: `Gọi tôi ${PHONE_MASK} hoặc [email đã ẩn], hẹn 12/03/2026 nộp 500.000 đồng`, comment_masks: 2 })
      const [listed] = (await t.request(`/api/v1/cases?status=new`, { headers: manager.headers })).body.filter(
        (c: { code: string }) => c.code === res.body.followUpCode,
      )
      expect(listed).toMatchObject({ comment: row.comment, commentMasks: 2 })
      const metrics = await t.request('/metrics', { remoteAddress: '127.0.0.1' })
      expect(metrics.body).toMatch(/hailong_comment_masks_total\{kind="phone"\} [1-9]/)
      expect(metrics.body).toMatch(/hailong_comment_masks_total\{kind="email"\} [1-9]/)
    })
  })

  describe('inbox', () => {
    it('shows a unit manager their unit’s cases only; another unit’s case is 403 to read and to answer', async () => {
      const { code, otherCode, manager, otherManager, admin, otherAgencyId } = await twoUnits()
      const mine = await postResponse(t, code, sampleSubmission({ overall: 1, comment: 'Của đơn vị A' }))
      const theirs = await postResponse(t, otherCode, sampleSubmission({ overall: 1, comment: 'Của đơn vị B' }))
      const mineId = (await caseOf(mine.body.id))!.id
      const theirsId = (await caseOf(theirs.body.id))!.id

      const listed = await t.request('/api/v1/cases', { headers: manager.headers })
      expect(listed.status).toBe(200)
      expect(listed.body.map((c: { id: number }) => c.id)).toContain(mineId)
      expect(listed.body.map((c: { id: number }) => c.id)).not.toContain(theirsId)
      expect((await t.request(`/api/v1/cases?agencyId=${otherAgencyId}`, { headers: manager.headers })).status).toBe(403)
      expect((await t.request(`/api/v1/cases/${theirsId}`, { headers: manager.headers })).status).toBe(403)
      expect((await patch(manager, theirsId, { status: 'in_progress' })).status).toBe(403)
      expect((await caseOf(theirs.body.id))!.status).toBe('new')

      expect((await t.request(`/api/v1/cases/${theirsId}`, { headers: otherManager.headers })).status).toBe(200)
      const all = await t.request('/api/v1/cases', { headers: admin.headers })
      expect(all.body.map((c: { id: number }) => c.id)).toEqual(expect.arrayContaining([mineId, theirsId]))
      const viewer = await createUserAndLogin(t, 'viewer')
      expect((await t.request('/api/v1/cases', { headers: viewer.headers })).status).toBe(403)
      expect((await t.request('/api/v1/cases')).status).toBe(401)
    })

    it('refuses a bad status or an answer without a reply, naming the field, and changes nothing', async () => {
      const { code, manager } = await twoUnits()
      const res = await postResponse(t, code, sampleSubmission({ overall: 1, comment: 'Chậm' }))
      const id = (await caseOf(res.body.id))!.id
      const bad = await patch(manager, id, { status: 'done', internalNote: 'x' })
      expect(bad.status).toBe(400)
      expect(bad.body.error.fields).toHaveProperty('status')
      const noReply = await patch(manager, id, { status: 'answered' })
      expect(noReply.status).toBe(400)
      expect(noReply.body.error.fields).toHaveProperty('publicReply')
      expect(await caseOf(res.body.id)).toMatchObject({ status: 'new', internal_note: null, public_reply: null })
    })

    it('audits every change: status, public reply and internal note, with before and after', async () => {
      const { code, manager } = await twoUnits()
      const res = await postResponse(t, code, sampleSubmission({ overall: 1, comment: 'Chậm' }))
      const id = (await caseOf(res.body.id))!.id
      expect((await patch(manager, id, { status: 'in_progress', internalNote: 'Giao chị Lan xử lý' })).status).toBe(200)
      const answered = await patch(manager, id, { status: 'answered', publicReply: 'Đơn vị đã rút ngắn thời gian trả kết quả.' })
      expect(answered.status).toBe(200)
      expect(answered.body).toMatchObject({ status: 'answered', publicReply: 'Đơn vị đã rút ngắn thời gian trả kết quả.', internalNote: 'Giao chị Lan xử lý' })
      expect(answered.body.answeredAt).not.toBeNull()
      const entries = await t.ctx.db
        .selectFrom('audit_log')
        .select(['user_id', 'action', 'details'])
        .where('entity', '=', 'feedback_case')
        .where('entity_id', '=', String(id))
        .orderBy('id')
        .execute()
      expect(entries).toEqual([
        {
          user_id: manager.id,
          action: 'update',
          details: { status: { from: 'new', to: 'in_progress' }, internalNote: { from: null, to: 'Giao chị Lan xử lý' } },
        },
        {
          user_id: manager.id,
          action: 'update',
          details: { status: { from: 'in_progress', to: 'answered' }, publicReply: { from: null, to: 'Đơn vị đã rút ngắn thời gian trả kết quả.' } },
        },
      ])
    })

    it('dates the deadline in working days and shows a case past it as overdue to the unit and the admin', async () => {
      const { code, manager, admin, agencyId } = await twoUnits()
      const res = await postResponse(t, code, sampleSubmission({ overall: 1, comment: 'Chậm' }))
      const stored = (await caseOf(res.body.id))!
      expect(stored.due_on).toBe(addWorkingDays(todayInVietnam(), 10, t.ctx.holidays))
      expect((await t.request(`/api/v1/cases/${stored.id}`, { headers: manager.headers })).body.overdue).toBe(false)

      await t.ctx.db.updateTable('feedback_cases').set({ due_on: '2020-01-02' }).where('id', '=', stored.id).execute()
      for (const user of [manager, admin]) {
        expect((await t.request(`/api/v1/cases/${stored.id}`, { headers: user.headers })).body.overdue).toBe(true)
        const overdue = await t.request(`/api/v1/cases?status=overdue&agencyId=${agencyId}`, { headers: user.headers })
        expect(overdue.body.map((c: { id: number }) => c.id)).toContain(stored.id)
        expect((await t.request('/api/v1/cases/summary', { headers: user.headers })).body.overdue).toBeGreaterThanOrEqual(1)
      }
      await patch(manager, stored.id, { status: 'answered', publicReply: 'Đã xử lý' })
      expect((await t.request(`/api/v1/cases/${stored.id}`, { headers: manager.headers })).body.overdue).toBe(false)
    })
  })

  describe('the follow-up page', () => {
    it('shows the status, then the unit’s public reply once answered, in Vietnamese or English; never the comment or the note', async () => {
      const { code, manager } = await twoUnits()
      const res = await postResponse(t, code, sampleSubmission({ overall: 1, comment: 'Bí mật của tôi' }))
      const followUp = res.body.followUpCode as string
      const id = (await caseOf(res.body.id))!.id
      const before = await t.request(`/f/${followUp}`)
      expect(before.status).toBe(200)
      expect(before.headers.get('content-type')).toMatch(/text\/html/)
      expect(before.body).toContain('Đã tiếp nhận')
      expect(before.body).toContain(followUp)
      await patch(manager, id, { publicReply: 'Bản nháp', internalNote: 'Ghi chú nội bộ' })
      expect((await t.request(`/f/${followUp}`)).body).not.toContain('Bản nháp')
      await patch(manager, id, { status: 'answered', publicReply: 'Đơn vị xin lỗi và đã nhắc nhở cán bộ.' })
      const after = await t.request(`/f/${followUp.toLowerCase()}?lang=en`)
      expect(after.body).toContain('The unit has replied.')
      expect(after.body).toContain('Đơn vị xin lỗi và đã nhắc nhở cán bộ.')
      expect(after.body).not.toContain('Bí mật của tôi')
      expect(after.body).not.toContain('Ghi chú nội bộ')
      expect((await t.request(`/f/${followUp}`, { headers: { 'Accept-Language': 'en-GB,en;q=0.9' } })).body).toContain('<html lang="en">')
      const qr = await t.request(`/f/${followUp}/qr.svg`)
      expect(qr.status).toBe(200)
      expect(qr.body).toContain('<svg')
    })

    it('answers an unknown code with a friendly 404 page, and too many from one address with 429', async () => {
      const limited = followUpRoutes(t.ctx, new LoginRateLimiter(t.ctx.db, 'follow-up-test', 3))
      const ask = (path: string) => limited.request(path, {}, { incoming: { socket: { remoteAddress: '203.0.113.9' } } })
      const unknown = await ask('/ZZZZZZZZ')
      expect(unknown.status).toBe(404)
      expect(await unknown.text()).toContain('Không tìm thấy mã theo dõi')
      await ask('/not-a-code')
      await ask('/00000000')
      const locked = await ask('/11111111')
      expect(locked.status).toBe(429)
      expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0)
      expect((await t.request('/f/ZZZZZZZZ')).status).toBe(404)
    })
  })

  describe('loop figures', () => {
    it('counts opened, answered, on time and the median days per unit, in the API, the XLSX, the CSV and the plan summary', async () => {
      const { code, otherCode, manager, admin, campaignId, agencyId, otherAgencyId } = await twoUnits()
      const ids: number[] = []
      for (let i = 0; i < 3; i++) {
        const res = await postResponse(t, code, sampleSubmission({ overall: 1, comment: `Ý kiến ${i}` }))
        ids.push((await caseOf(res.body.id))!.id)
      }
      await postResponse(t, otherCode, sampleSubmission({ overall: 2, comment: 'Đơn vị khác' }))
      // one answered on time after 2 days, one answered late after 20 days, one still open
      await t.ctx.db
        .updateTable('feedback_cases')
        .set({
          status: 'answered',
          public_reply: 'Đã trả lời',
          opened_at: new Date('2026-03-02T03:00:00Z'),
          due_on: '2026-03-16',
          answered_at: new Date('2026-03-04T03:00:00Z'),
        })
        .where('id', '=', ids[0]!)
        .execute()
      await t.ctx.db
        .updateTable('feedback_cases')
        .set({
          status: 'closed',
          public_reply: 'Đã trả lời',
          opened_at: new Date('2026-03-02T03:00:00Z'),
          due_on: '2026-03-16',
          answered_at: new Date('2026-03-22T03:00:00Z'),
        })
        .where('id', '=', ids[1]!)
        .execute()
      const figures = await t.request(`/api/v1/campaigns/${campaignId}/case-figures`, { headers: admin.headers })
      expect(figures.body).toEqual([
        { campaignId, agencyId, opened: 3, answered: 2, answeredOnTime: 1, medianDaysToAnswer: 11 },
        { campaignId, agencyId: otherAgencyId, opened: 1, answered: 0, answeredOnTime: 0, medianDaysToAnswer: null },
      ])
      const own = await t.request(`/api/v1/campaigns/${campaignId}/case-figures`, { headers: manager.headers })
      expect(own.body.map((f: { agencyId: number }) => f.agencyId)).toEqual([agencyId])

      const xlsx = await t.app.request(`/api/v1/campaigns/${campaignId}/export.xlsx`, { headers: admin.headers })
      expect(xlsx.status).toBe(200)
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.load(await xlsx.arrayBuffer())
      const sheet = workbook.getWorksheet('Phản hồi ý kiến')!
      const rows = sheet.getSheetValues().filter(Boolean) as unknown[][]
      const unitRow = rows.find((row) => row.includes(3))!
      expect(unitRow.slice(2, 7)).toEqual([3, 2, 1, 33.3 / 100, 11])

      const csv = await t.request(`/api/v1/campaigns/${campaignId}/export-cases.csv?agencyId=${agencyId}`, { headers: admin.headers })
      expect(csv.status).toBe(200)
      expect(csv.body).toContain('Ý kiến cần trả lời,Đã trả lời,Trả lời đúng hạn,Tỷ lệ trả lời đúng hạn,Số ngày trả lời (trung vị)')
      expect(csv.body).toMatch(/,3,2,1,33\.3,11\r\n$/)

      const plan = await t.request('/api/v1/plans', {
        body: { name: 'Kế hoạch thử', firstYear: new Date().getUTCFullYear(), lastYear: new Date().getUTCFullYear() },
        headers: admin.headers,
      })
      expect(plan.status).toBe(201)
      await t.ctx.db.updateTable('campaigns').set({ plan_id: plan.body.id }).where('id', '=', campaignId).execute()
      const summary = await t.request(`/api/v1/plans/${plan.body.id}/summary`, { headers: admin.headers })
      expect(summary.body.caseLoop).toContainEqual({ campaignId, agencyId, opened: 3, answered: 2, answeredOnTime: 1, medianDaysToAnswer: 11 })
    })
  })
})
