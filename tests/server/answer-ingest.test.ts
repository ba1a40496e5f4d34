import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { ApiError } from '../../server/http/errors'
import type { ResponseDraft } from '../../server/responses/response-writer'
import { useTestApp } from '../helpers/app'
import { createUserAndLogin } from '../helpers/auth'
import { createLinkCode, postResponse, sampleSubmission } from '../helpers/collection'
import { databaseKinds } from '../helpers/databases'
import { createSurveyFixture } from '../helpers/fixtures'

const HOUR = 3600_000

describe.each(databaseKinds)('answer ingest on %s', (kind) => {
  const t = useTestApp(kind)

  async function link(channel: 'kiosk' | 'qr', options: { createdHoursAgo?: number } = {}) {
    const fixture = await createSurveyFixture(t.ctx.db)
    const admin = await createUserAndLogin(t, 'admin')
    const code = await createLinkCode(t, admin, fixture.campaignId, fixture.agencyId, channel)
    if (options.createdHoursAgo) {
      await t.ctx.db
        .updateTable('survey_links')
        .set({ created_at: new Date(Date.now() - options.createdHoursAgo * HOUR) })
        .where('code', '=', code)
        .execute()
      t.ctx.surveyLinks.forget()
    }
    return { ...fixture, admin, code }
  }

  const flagsOf = (campaignId: number) =>
    t.ctx.db.selectFrom('responses').select(['flagged', 'flag_reason']).where('campaign_id', '=', campaignId).orderBy('id').execute()

  /** A draft as the survey route makes it, straight to the writer (for what the edge would refuse). */
  async function draftFor(code: string, comment: string | null = null): Promise<ResponseDraft> {
    const row = await t.ctx.db
      .selectFrom('survey_links')
      .innerJoin('campaigns', 'campaigns.id', 'survey_links.campaign_id')
      .selectAll('survey_links')
      .select('campaigns.questionnaire_id')
      .where('code', '=', code)
      .executeTakeFirstOrThrow()
    const now = new Date()
    return {
      clientId: randomUUID(),
      origin: { channel: row.channel, linkId: row.id },
      campaignId: row.campaign_id,
      agencyId: row.agency_id,
      questionnaireId: row.questionnaire_id,
      answeredAt: now,
      receivedAt: now,
      clockFlag: null,
      receiptHash: null,
      content: {
        answers: { 'staff.polite': 4 },
        overall: 4,
        gaveFeedback: false,
        expectations: [],
        perceptions: {},
        demographics: {},
        serviceField: null,
        comment,
      },
      commentMasks: 0,
      feedbackCase: null,
    }
  }

  describe('text the database cannot store', () => {
    it('refuses NUL and lone surrogates in an answer with a 400 naming the field, and stores nothing', async () => {
      const { code, campaignId } = await link('qr')
      for (const comment of ['a\u0000b', 'x\ud800y', '\udc00']) {
        const res = await postResponse(t, code, sampleSubmission({ comment }))
        expect(res.status, JSON.stringify(comment)).toBe(400)
        expect(res.body.error.fields).toHaveProperty('comment')
      }
      const receipt = await postResponse(t, code, sampleSubmission({ receiptCode: 'A\u0000' }))
      expect(receipt.status).toBe(400)
      expect(receipt.body.error.fields).toHaveProperty('receiptCode')
      // a well-formed pair (an emoji) is fine
      expect((await postResponse(t, code, sampleSubmission({ comment: 'Tốt 👍' }))).status).toBe(201)
      expect(await flagsOf(campaignId)).toHaveLength(1)
    })

    it('answers 400, never 500, to NUL in paths, query strings and admin bodies', async () => {
      const { code, admin } = await link('qr')
      const cases: [string, { method?: string; body?: unknown; headers?: Record<string, string> }, string][] = [
        ['/api/v1/public/surveys/%00', {}, 'path'],
        ['/api/v1/public/surveys/%00/responses', { body: sampleSubmission() }, 'path'],
        [`/api/v1/public/surveys/${code}?lang=%00`, {}, 'query.lang'],
        [`/api/v1/public/surveys/${code}?%00=vi`, {}, 'query.\u0000'],
        ['/api/v1/links/%00/qr.svg', { headers: admin.headers }, 'path'],
        ['/posters/%00', { headers: admin.headers }, 'path'],
        ['/api/v1/agencies', { body: { name: 'Sở\u0000', code: 'NUL1', kind: 'department' }, headers: admin.headers }, 'name'],
      ]
      for (const [path, init, field] of cases) {
        const res = await t.request(path, init)
        expect(res.status, path).toBe(400)
        expect(Object.keys(res.body.error.fields), path).toContain(field)
      }
    })

    it('stores the other answers of a batch when the database refuses one of them', async () => {
      const { code, campaignId } = await link('qr')
      const good = await Promise.all(Array.from({ length: 5 }, () => draftFor(code)))
      const bad = await draftFor(code, 'poison\u0000')
      const results = await Promise.allSettled([...good.slice(0, 2), bad, ...good.slice(2)].map((d) => t.ctx.responseWriter.submit(d)))
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled', 'fulfilled'])
      expect(await flagsOf(campaignId)).toHaveLength(5)
    })
  })

  it('takes an upper-case clientId as the same answer: 201, then 200 with the same id', async () => {
    const { code, campaignId } = await link('qr')
    const clientId = randomUUID().toUpperCase()
    const first = await postResponse(t, code, sampleSubmission({ clientId }))
    expect(first.status).toBe(201)
    expect(first.body.clientId).toBe(clientId.toLowerCase())
    for (const again of [clientId, clientId.toLowerCase()]) {
      const replay = await postResponse(t, code, sampleSubmission({ clientId: again }))
      expect(replay.status).toBe(200)
      expect(replay.body).toEqual(first.body)
    }
    expect(await flagsOf(campaignId)).toHaveLength(1)
  })

  describe('a unit removed from a campaign', () => {
    async function campaignWithTwoUnits() {
      const { code, admin, campaignId, agencyId } = await link('kiosk')
      const other = await createSurveyFixture(t.ctx.db)
      await t.ctx.db.insertInto('campaign_units').values({ campaign_id: campaignId, agency_id: other.agencyId }).execute()
      const otherCode = await createLinkCode(t, admin, campaignId, other.agencyId, 'qr')
      return { code, otherCode, admin, campaignId, agencyId, otherAgencyId: other.agencyId }
    }

    it('closes its links: they answer 410 unit_removed at once, and answer again if it is added back', async () => {
      const { code, otherCode, admin, campaignId, agencyId, otherAgencyId } = await campaignWithTwoUnits()
      expect((await t.request(`/api/v1/public/surveys/${otherCode}`)).status).toBe(200)
      const removed = await t.request(`/api/v1/campaigns/${campaignId}/units`, { method: 'PUT', body: { agencyIds: [agencyId] }, headers: admin.headers })
      expect(removed.status).toBe(200)
      for (const res of [await t.request(`/api/v1/public/surveys/${otherCode}`), await postResponse(t, otherCode, sampleSubmission())]) {
        expect(res.status).toBe(410)
        expect(res.body.error.code).toBe('unit_removed')
      }
      expect((await postResponse(t, code, sampleSubmission())).status).toBe(201)
      await t.request(`/api/v1/campaigns/${campaignId}/units`, { method: 'PUT', body: { agencyIds: [agencyId, otherAgencyId] }, headers: admin.headers })
      expect((await postResponse(t, otherCode, sampleSubmission())).status).toBe(201)
    })

    it('refuses an answer already on its way when the unit goes, and stores the rest of its batch', async () => {
      const { code, otherCode, campaignId, agencyId } = await campaignWithTwoUnits()
      const orphan = await draftFor(otherCode)
      const kept = await draftFor(code)
      await t.ctx.db.deleteFrom('campaign_units').where('campaign_id', '=', campaignId).where('agency_id', '!=', agencyId).execute()
      const [orphanResult, keptResult] = await Promise.allSettled([t.ctx.responseWriter.submit(orphan), t.ctx.responseWriter.submit(kept)])
      expect(orphanResult.status).toBe('rejected')
      const error = (orphanResult as PromiseRejectedResult).reason
      expect(error).toBeInstanceOf(ApiError)
      expect(error).toMatchObject({ status: 410, code: 'unit_removed' })
      expect(keptResult.status).toBe('fulfilled')
      const stored = await t.ctx.db.selectFrom('responses').select('agency_id').where('campaign_id', '=', campaignId).execute()
      expect(stored).toEqual([{ agency_id: agencyId }])
    })
  })

  describe('device clocks bounded by the server', () => {
    it('flags answers dated before the link existed or in the future, and judges the kiosk by the receipt time', async () => {
      const { code, campaignId } = await link('kiosk', { createdHoursAgo: 1 })
      const monthsAgo = (i: number) => new Date(Date.now() - 90 * 24 * HOUR + i * 60_000).toISOString()
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) => postResponse(t, code, sampleSubmission({ answeredAt: monthsAgo(i), answers: { 'staff.polite': 1 + (i % 5) } }))),
      )
      expect(results.map((r) => r.status)).toEqual(Array(10).fill(201))
      const future = await postResponse(t, code, sampleSubmission({ answeredAt: new Date(Date.now() + 2 * HOUR).toISOString() }))
      expect(future.status).toBe(201)
      const flags = await flagsOf(campaignId)
      expect(flags).toHaveLength(11)
      expect(flags.every((f) => f.flagged)).toBe(true)
      expect(flags.filter((f) => f.flag_reason!.split(',').includes('clock_before_link'))).toHaveLength(10)
      expect(flags.at(-1)!.flag_reason).toContain('clock_ahead')
    })

    it('never lets a kiosk store, unflagged, more answers than its interval allows in real time', async () => {
      const { code, campaignId } = await link('kiosk', { createdHoursAgo: 1 })
      expect((await postResponse(t, code, sampleSubmission())).status).toBe(201)
      // 10 answers in one second: dated 20 s apart, backwards from now, or a little ahead
      const backdated = Array.from({ length: 5 }, (_, i) => new Date(Date.now() - (i + 1) * 20_000).toISOString())
      const ahead = Array.from({ length: 5 }, (_, i) => new Date(Date.now() + (i + 1) * 20_000).toISOString())
      const results = await Promise.all(
        [...backdated, ...ahead].map((answeredAt, i) => postResponse(t, code, sampleSubmission({ answeredAt, answers: { 'staff.polite': 1 + (i % 5) } }))),
      )
      expect(results.every((r) => r.status === 201)).toBe(true)
      const flags = await flagsOf(campaignId)
      expect(flags).toHaveLength(11)
      expect(flags.filter((f) => !f.flagged)).toHaveLength(1)
      expect(flags.slice(1).every((f) => f.flag_reason === 'too_frequent')).toBe(true)
    })

    it('flags identical answers sent together even when they are dated apart (bursts on both clocks)', async () => {
      const { code, campaignId } = await link('qr', { createdHoursAgo: 2 })
      const allVerySatisfied = { 'staff.polite': 5, 'staff.listened': 5 }
      const dated = Array.from({ length: 8 }, (_, i) => new Date(Date.now() - i * 11 * 60_000).toISOString())
      for (const answeredAt of dated)
        expect((await postResponse(t, code, sampleSubmission({ answers: allVerySatisfied, overall: 5, answeredAt }))).status).toBe(201)
      const flags = await flagsOf(campaignId)
      expect(flags.map((f) => f.flagged)).toEqual([false, false, false, false, true, true, true, true])
      expect(flags[4]!.flag_reason).toBe('burst')
    })
  })
})
