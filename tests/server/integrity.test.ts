import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { rebuildRollups } from '../../server/indices/rollups/rebuild-rollups'
import type { CampaignIndices } from '../../shared/indices/schemas'
import type { FlaggedAnswers } from '../../shared/integrity/review'
import type { CampaignIntegrity, Signal } from '../../shared/integrity/schemas'
import { useTestApp } from '../helpers/app'
import { createUserAndLogin, type LoggedInUser } from '../helpers/auth'
import { databaseKinds } from '../helpers/databases'
import { createSurveyFixture, type SurveyFixture } from '../helpers/fixtures'
import { insertResponses, type TestResponse, times } from '../helpers/indices-responses'

/** The first Monday of March this year at `hour`:00 Viet Nam time (the fixture's campaign covers the year). */
function mondayAt(hour: number): Date {
  const year = new Date().getUTCFullYear()
  const day = new Date(Date.UTC(year, 2, 1))
  while (day.getUTCDay() !== 1) day.setUTCDate(day.getUTCDate() + 1)
  return new Date(day.getTime() + (hour - 7) * 3600 * 1000)
}

const answers = (polite: number, listened: number) => ({ 'staff.polite': polite, 'staff.listened': listened })

describe.each(databaseKinds)('integrity panel and review of flagged answers on %s', (kind) => {
  const t = useTestApp(kind)
  let unitA: SurveyFixture
  let unitB: SurveyFixture
  let admin: LoggedInUser
  let managerA: LoggedInUser
  let managerB: LoggedInUser

  const addLink = async (target: SurveyFixture, channel: 'kiosk' | 'qr', label: string) =>
    (
      await t.ctx.db
        .insertInto('survey_links')
        .values({
          code: `${label}-${target.agencyId}-${Date.now()}`.replace(/\W/g, ''),
          campaign_id: target.campaignId,
          agency_id: target.agencyId,
          channel,
          label,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id

  beforeAll(async () => {
    unitA = await createSurveyFixture(t.ctx.db)
    const agencyB = await t.ctx.db
      .insertInto('agencies')
      .values({ name: 'UBND xã Chiềng Ban', code: `CB-${Date.now()}`, kind: 'commune', parent_id: null })
      .returning('id')
      .executeTakeFirstOrThrow()
    await t.ctx.db.insertInto('campaign_units').values({ campaign_id: unitA.campaignId, agency_id: agencyB.id }).execute()
    unitB = { ...unitA, agencyId: agencyB.id }
    const kioskA = await addLink(unitA, 'kiosk', 'Quầy số 1')
    const qrA = await addLink(unitA, 'qr', 'Áp phích sảnh')
    // Unit A: ten varied kiosk answers in opening hours, then a burst of twelve identical "all very satisfied" at 22:00.
    const varied: TestResponse[] = Array.from({ length: 10 }, (_, i) => ({
      answers: answers(1 + (i % 5), 1 + Math.floor(i / 5)),
      overall: 3,
      linkId: kioskA,
      submittedHour: mondayAt(8 + (i % 8)),
    }))
    const burst = times(12, { answers: answers(5, 5), overall: 5, linkId: kioskA, submittedHour: mondayAt(22), flagged: true, flagReason: 'burst' })
    const qr: TestResponse[] = Array.from({ length: 20 }, (_, i) => ({
      answers: answers(1 + (i % 5), 1 + ((i * 3) % 5)),
      overall: 1 + (i % 4),
      channel: 'qr',
      linkId: qrA,
      verified: i < 5,
      submittedHour: mondayAt(9 + (i % 6)),
    }))
    await insertResponses(t.ctx.db, unitA, [...varied, ...burst, ...qr])
    // Unit B: its kiosk 40 × all satisfied, its QR 40 × half satisfied: the kiosk stands well above.
    await insertResponses(t.ctx.db, unitB, [
      ...times(40, { answers: answers(5, 4), overall: 5, submittedHour: mondayAt(10) }),
      ...times(20, { answers: answers(4, 4), overall: 4, channel: 'qr', submittedHour: mondayAt(11) }),
      ...times(20, { answers: answers(2, 2), overall: 2, channel: 'qr', submittedHour: mondayAt(11) }),
    ])
    admin = await createUserAndLogin(t, 'admin')
    managerA = await createUserAndLogin(t, 'unit_manager', unitA.agencyId)
    managerB = await createUserAndLogin(t, 'unit_manager', unitB.agencyId)
    const targets = await t.request(`/api/v1/campaigns/${unitA.campaignId}/targets`, {
      method: 'PUT',
      headers: admin.headers,
      body: { units: [{ agencyId: unitA.agencyId, transactions: 2000 }] },
    })
    expect(targets.status).toBe(200)
  })

  const integrity = async (user = admin, query = '') => {
    const res = await t.request(`/api/v1/campaigns/${unitA.campaignId}/integrity${query}`, { headers: user.headers })
    expect(res.status).toBe(200)
    return res.body as CampaignIntegrity
  }
  const signal = (signals: Signal[], key: Signal['key']) => signals.find((s) => s.key === key)!

  it('shows a kiosk burst of identical answers at 22:00 as outside opening hours, a burst and identical answers', async () => {
    const body = await integrity()
    const kiosk = body.links.find((l) => l.label === 'Quầy số 1')!
    expect(kiosk.total).toBe(22)
    expect(signal(kiosk.signals, 'outsideHours')).toMatchObject({ count: 12, total: 22, notable: true })
    expect(signal(kiosk.signals, 'bursts')).toMatchObject({ count: 12, notable: true })
    expect(signal(kiosk.signals, 'identical')).toMatchObject({ count: 12, largest: 12, notable: true })
    expect(signal(kiosk.signals, 'identical').share).toBeCloseTo((100 * 12) / 22, 10)
    // 12 of 22 give every top rating: 54.5 %, under the 60 % threshold.
    expect(signal(kiosk.signals, 'allTop')).toMatchObject({ count: 12, notable: false })
    const qr = body.links.find((l) => l.label === 'Áp phích sảnh')!
    expect(signal(qr.signals, 'outsideHours')).toMatchObject({ count: 0, notable: false })
    expect(signal(qr.signals, 'bursts')).toMatchObject({ count: 0, notable: false })
    expect(signal(qr.signals, 'verified')).toMatchObject({ count: 5, total: 20, share: 25, notable: null })
    const unit = body.units.find((u) => u.agencyId === unitA.agencyId)!
    expect(unit.openingHours).toEqual({ days: [1, 2, 3, 4, 5], opensAt: 7, closesAt: 17 })
    expect(signal(unit.signals, 'outsideHours')).toMatchObject({ count: 12, total: 42 })
  })

  it('sets the busiest hour against the desk’s transactions per opening hour', async () => {
    const unit = (await integrity()).units.find((u) => u.agencyId === unitA.agencyId)!
    // 2,000 transactions over the year's weekdays × 10 opening hours: under one an hour; the burst's hour holds 12.
    expect(unit.pace).toMatchObject({ transactions: 2000, answers: 42, busiestHourAnswers: 12, notable: true })
    expect(unit.pace!.transactionsPerHour!).toBeLessThan(1)
    expect(unit.pace!.busiestHour).toMatch(/ 22:00$/)
    expect((await integrity()).units.find((u) => u.agencyId === unitB.agencyId)!.pace).toBeNull()
  })

  it('flags a kiosk well above the phones, with the gap’s interval', async () => {
    const unit = (await integrity()).units.find((u) => u.agencyId === unitB.agencyId)!
    expect(unit.kioskGaps).toHaveLength(1)
    expect(unit.kioskGaps[0]).toMatchObject({ channel: 'qr', notable: true })
    expect(unit.kioskGaps[0]!.gap).toBeCloseTo(50, 10)
    expect(unit.kioskGaps[0]!.ciLow).toBeGreaterThan(0)
  })

  it('lets a unit manager see their own unit only: 403 for another’s, and for viewers', async () => {
    const own = await integrity(managerA)
    expect(own.units.map((u) => u.agencyId)).toEqual([unitA.agencyId])
    expect(own.links.every((l) => l.agencyId === unitA.agencyId)).toBe(true)
    const other = await t.request(`/api/v1/campaigns/${unitA.campaignId}/integrity?agencyId=${unitA.agencyId}`, { headers: managerB.headers })
    expect(other.status).toBe(403)
    const outsider = await createUserAndLogin(t, 'unit_manager', (await createSurveyFixture(t.ctx.db)).agencyId)
    expect((await t.request(`/api/v1/campaigns/${unitA.campaignId}/integrity`, { headers: outsider.headers })).status).toBe(403)
    const viewer = await createUserAndLogin(t, 'viewer')
    expect((await t.request(`/api/v1/campaigns/${unitA.campaignId}/integrity`, { headers: viewer.headers })).status).toBe(403)
  })

  describe('review', () => {
    const listing = async () => {
      const res = await t.request(`/api/v1/campaigns/${unitA.campaignId}/flagged-answers`, { headers: admin.headers })
      expect(res.status).toBe(200)
      return res.body as FlaggedAnswers
    }
    const decide = (body: unknown, user = admin) =>
      t.request(`/api/v1/campaigns/${unitA.campaignId}/flagged-answers/decisions`, { method: 'POST', headers: user.headers, body })
    const indices = async (query = '') => {
      const res = await t.request(`/api/v1/campaigns/${unitA.campaignId}/indices${query}`, { headers: admin.headers })
      expect(res.status).toBe(200)
      return res.body as CampaignIndices
    }
    const unitOf = (body: CampaignIndices) => body.units.find((u) => u.agencyId === unitA.agencyId)!
    const methodSheet = async () => {
      const res = await t.app.request(`/api/v1/campaigns/${unitA.campaignId}/export.xlsx`, { headers: admin.headers })
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.load(await res.arrayBuffer())
      return workbook.getWorksheet('Phương pháp')!.getSheetValues().flat().join(' ')
    }

    it('lists flagged answers with nothing identifying, the burst grouped', async () => {
      const body = await listing()
      expect(body.answers).toHaveLength(12)
      expect(body.answers.map((a) => a.item)).toEqual([...Array(12).keys()])
      expect(new Set(body.answers.map((a) => a.burst))).toEqual(new Set([1]))
      expect(body.answers[0]).toEqual({
        item: 0,
        burst: 1,
        agencyId: unitA.agencyId,
        unitName: expect.any(String),
        channel: 'kiosk',
        linkLabel: 'Quầy số 1',
        hour: expect.stringMatching(/ 22:00$/),
        reasons: ['burst'],
        answers: answers(5, 5),
        overall: 5,
        decision: null,
        decisionReason: null,
      })
    })

    it('excludes a burst with a reason: the figures change, the method sheet says so, and undoing restores them exactly', async () => {
      await t.ctx.rollupApplier.applyPending()
      const before = await indices()
      const beforeWithFlagged = await indices('?includeFlagged=true')
      expect(unitOf(before).flagged).toBe(12)
      expect(unitOf(beforeWithFlagged).n).toBe(42)
      const { listing: id, answers: listed } = await listing()
      const reason = 'Nhân viên bấm thử lúc 22 giờ, đã xác minh qua camera'
      const excluded = await decide({ listing: id, items: listed.map((a) => a.item), decision: 'exclude', reason })
      expect(excluded.status).toBe(200)
      expect(excluded.body).toEqual({ changed: 12 })

      const after = await indices()
      const afterWithFlagged = await indices('?includeFlagged=true')
      expect(unitOf(after).flagged).toBe(0)
      expect(unitOf(afterWithFlagged).n).toBe(30)
      expect(unitOf(afterWithFlagged).sipas.value).not.toBe(unitOf(beforeWithFlagged).sipas.value)
      expect(after.reviews).toEqual([{ agencyId: unitA.agencyId, decision: 'exclude', reason, n: 12 }])
      expect(await methodSheet()).toContain(`loại 12 phiếu — lý do: ${reason}`)
      expect((await listing()).answers.every((a) => a.decision === 'exclude' && a.decisionReason === reason)).toBe(true)
      // The rollups equal a recount of the answers, before and after the applier and after a rebuild.
      await t.ctx.rollupApplier.applyPending()
      expect(await indices('?includeFlagged=true')).toEqual(afterWithFlagged)
      await rebuildRollups(t.ctx.db, t.ctx.questionnaires, unitA.campaignId)
      expect(await indices('?includeFlagged=true')).toEqual(afterWithFlagged)

      const again = await listing()
      const undone = await decide({ listing: again.listing, items: again.answers.map((a) => a.item), decision: 'undo' })
      expect(undone.body).toEqual({ changed: 12 })
      expect(await indices()).toEqual(before)
      expect(await indices('?includeFlagged=true')).toEqual(beforeWithFlagged)
      await t.ctx.rollupApplier.applyPending()
      expect(await indices()).toEqual(before)
      expect(await indices('?includeFlagged=true')).toEqual(beforeWithFlagged)
      expect(await methodSheet()).toContain('Không có quyết định xem xét nào')
      const audit = await t.ctx.db.selectFrom('audit_log').select(['action', 'details']).where('action', 'like', 'review_%').orderBy('id').execute()
      expect(audit.map((a) => a.action)).toEqual(['review_exclude', 'review_undo'])
    })

    it('includes flagged answers as unflagged ones, even still queued for the rollups, and undoes exactly', async () => {
      await insertResponses(
        t.ctx.db,
        unitA,
        times(3, { answers: answers(1, 1), overall: 1, submittedHour: mondayAt(9), flagged: true, flagReason: 'too_frequent' }),
      )
      const before = await indices()
      const { listing: id, answers: listed } = await listing()
      const queued = listed.filter((a) => a.reasons.includes('too_frequent')).map((a) => a.item)
      const burstTwo = listed
        .filter((a) => a.burst !== null)
        .slice(0, 2)
        .map((a) => a.item)
      expect(queued).toHaveLength(3)
      const res = await decide({ listing: id, items: [...queued, ...burstTwo], decision: 'include', reason: 'Người dân xếp hàng nộp hồ sơ liên tiếp' })
      expect(res.body).toEqual({ changed: 5 })
      const after = unitOf(await indices())
      expect(after.n).toBe(unitOf(before).n + 5)
      expect(after.flagged).toBe(unitOf(before).flagged - 5)
      expect(await methodSheet()).toContain('tính 5 phiếu — lý do: Người dân xếp hàng nộp hồ sơ liên tiếp')
      await t.ctx.rollupApplier.applyPending()
      expect(unitOf(await indices())).toEqual(after)
      const undo = await decide({ listing: id, items: [...queued, ...burstTwo], decision: 'undo' })
      expect(undo.body).toEqual({ changed: 5 })
      expect(await indices()).toEqual(before)
    })

    it('refuses a decision without a reason, an unknown listing or item, and anyone but an admin', async () => {
      const { listing: id } = await listing()
      const noReason = await decide({ listing: id, items: [0], decision: 'exclude' })
      expect(noReason.status).toBe(400)
      expect(Object.keys(noReason.body.error.fields)).toEqual(['reason'])
      const unknown = await decide({ listing: 'không-có', items: [0], decision: 'exclude', reason: 'thử' })
      expect(Object.keys(unknown.body.error.fields)).toEqual(['listing'])
      const outOfRange = await decide({ listing: id, items: [999], decision: 'exclude', reason: 'thử' })
      expect(Object.keys(outOfRange.body.error.fields)).toEqual(['items'])
      expect((await decide({ listing: id, items: [0], decision: 'exclude', reason: 'thử' }, managerA)).status).toBe(403)
      expect((await t.request(`/api/v1/campaigns/${unitA.campaignId}/flagged-answers`, { headers: managerA.headers })).status).toBe(403)
      expect((await listing()).answers.every((a) => a.decision === null)).toBe(true)
    })
  })
})
