import { beforeAll, describe, expect, it } from 'vitest'
import { createAppContext } from '../../server/http/context'
import { IndicesCache } from '../../server/indices/indices-cache'
import { loadIndicesVersion } from '../../server/indices/queries/load-indices-version'
import { rebuildRollups } from '../../server/indices/rollups/rebuild-rollups'
import { setReview } from '../../server/integrity/review/set-review'
import { silentLogger } from '../../server/log'
import type { CampaignIndices } from '../../shared/indices/schemas'
import { useTestApp } from '../helpers/app'
import { createUserAndLogin, type LoggedInUser } from '../helpers/auth'
import { databaseKinds } from '../helpers/databases'
import { insertResponses } from '../helpers/indices-responses'
import { type KnownCampaign, knownCampaignWithAdmin } from '../helpers/indices-setup'

describe('the indices cache', () => {
  const body = (text: string) => async () => text

  it('keeps one version per slot, shares a computation in progress and forgets a failed one', async () => {
    const cache = new IndicesCache(1_000_000)
    let computed = 0
    const compute = async () => `${++computed}`
    const [a, b] = await Promise.all([cache.get('s', 'v1', compute), cache.get('s', 'v1', compute)])
    expect(a).toBe(b)
    expect((await cache.get('s', 'v1', compute)).body).toBe('1')
    expect((await cache.get('s', 'v2', compute)).body).toBe('2')
    expect((await cache.get('other', 'v2', compute)).body).toBe('3')
    await expect(cache.get('s', 'v3', () => Promise.reject(new Error('down')))).rejects.toThrow('down')
    expect((await cache.get('s', 'v3', compute)).body).toBe('4')
  })

  it('drops the least recently read entries beyond its memory', async () => {
    // each entry: 1,000 characters (2,000 bytes) and their gzipped copy
    const cache = new IndicesCache(5_000)
    const big = 'x'.repeat(1000)
    await cache.get('a', 'v', body(big))
    await cache.get('b', 'v', body(big))
    await cache.get('a', 'v', body('read again'))
    await cache.get('c', 'v', body(big))
    expect((await cache.get('a', 'v', body('new'))).body).toBe(big)
    expect((await cache.get('b', 'v', body('new'))).body).toBe('new')
  })
})

describe.each(databaseKinds)('cached indices on %s', (kind) => {
  const t = useTestApp(kind)
  let known: KnownCampaign
  let admin: LoggedInUser

  beforeAll(async () => {
    ;({ known, admin } = await knownCampaignWithAdmin(t))
  })

  const read = async (path = 'indices', { user = admin, etag }: { user?: LoggedInUser; etag?: string } = {}) => {
    const res = await t.request(`/api/v1/campaigns/${known.campaignId}/${path}`, {
      headers: { ...user.headers, ...(etag && { 'If-None-Match': etag }) },
    })
    return { status: res.status, body: res.body, etag: res.headers.get('ETag')!, cacheControl: res.headers.get('Cache-Control') }
  }
  const indices = async (query = '', user = admin) => {
    const res = await read(`indices${query}`, { user })
    expect(res.status).toBe(200)
    return { ...res, body: res.body as CampaignIndices }
  }
  const unit = (body: CampaignIndices, agencyId = known.agencyId) => body.units.find((u) => u.agencyId === agencyId)!

  it('sends an ETag and answers 304 with no body while nothing changed, for indices, breakdowns and timelines', async () => {
    for (const path of ['indices', 'indices?includeFlagged=true', 'indices/breakdowns?by=gender', 'indices/timeline?interval=week']) {
      const first = await read(path)
      expect(first.status, path).toBe(200)
      expect(first.etag, path).toMatch(/^W\/".+"$/)
      expect(first.cacheControl).toBe('private, no-cache')
      const again = await read(path, { etag: first.etag })
      expect(again.status, path).toBe(304)
      expect(again.body, path).toBeNull()
      expect(again.etag).toBe(first.etag)
      expect((await read(path, { etag: 'W/"something-else"' })).status, path).toBe(200)
    }
  })

  it('counts a new answer folded by the applier before any read in between, and one still queued', async () => {
    await t.ctx.rollupApplier.applyPending()
    const before = await indices()
    const n = unit(before.body).n
    await insertResponses(t.ctx.db, known, [{ answers: { 'staff.polite': 5, 'staff.listened': 5 } }])
    await t.ctx.rollupApplier.applyPending()
    const applied = await indices()
    expect(unit(applied.body).n).toBe(n + 1)
    expect(applied.etag).not.toBe(before.etag)
    expect((await read('indices', { etag: before.etag })).status).toBe(200)

    await insertResponses(t.ctx.db, known, [{ answers: { 'staff.polite': 5, 'staff.listened': 5 } }])
    const queued = await indices()
    expect(unit(queued.body).n).toBe(n + 2)
    expect(queued.etag).not.toBe(applied.etag)
  })

  it('sees what another server process folded: the version is read from the database', async () => {
    const other = createAppContext(t.ctx.config, t.ctx.database, silentLogger)
    await t.ctx.rollupApplier.applyPending()
    const n = unit((await indices()).body).n
    await insertResponses(t.ctx.db, known, [{ answers: { 'staff.polite': 4, 'staff.listened': 4 } }])
    expect(await other.rollupApplier.applyPending()).toBe(1)
    expect(unit((await indices()).body).n).toBe(n + 1)
  })

  it('bumps the version on a rebuild and on every change the figures read', async () => {
    const version = () => loadIndicesVersion(t.ctx.db, known.campaignId)
    let last = await version()
    const expectBumped = async (what: string) => {
      const now = await version()
      expect(now, what).not.toBe(last)
      last = now
    }
    await rebuildRollups(t.ctx.db, t.ctx.questionnaires, known.campaignId)
    await expectBumped('rebuild')
    await t.ctx.db.updateTable('campaigns').set({ sample_margin: 0.07 }).where('id', '=', known.campaignId).execute()
    await expectBumped('campaign')
    await t.ctx.db.updateTable('campaign_units').set({ transactions: 500 }).where('campaign_id', '=', known.campaignId).execute()
    await expectBumped('unit targets')
    await t.ctx.db.updateTable('agencies').set({ name: 'Sở Thử nghiệm đổi tên' }).where('id', '=', known.otherAgencyId).execute()
    await expectBumped('unit name')
    await t.ctx.db.updateTable('questionnaires').set({ name: 'Phiếu đổi tên' }).where('id', '=', known.questionnaireId).execute()
    await expectBumped('questionnaire')
    await t.ctx.db
      .updateTable('agencies')
      .set({ code: `MA-${Date.now()}` })
      .where('id', '=', known.otherAgencyId)
      .execute()
    expect(await version(), 'a unit’s code is not in the figures').toBe(last)
  })

  it('follows campaign edits, unit names and review decisions in the cached figures', async () => {
    const before = await indices()
    await t.ctx.db.updateTable('agencies').set({ name: 'UBND xã Đổi tên' }).where('id', '=', known.otherAgencyId).execute()
    const renamed = await indices()
    expect(unit(renamed.body, known.otherAgencyId).name).toBe('UBND xã Đổi tên')
    expect(renamed.etag).not.toBe(before.etag)

    await t.ctx.db.updateTable('campaign_units').set({ transactions: 2000 }).where('agency_id', '=', known.agencyId).execute()
    const targeted = await indices()
    expect(unit(targeted.body).transactions).toBe(2000)
    expect(targeted.etag).not.toBe(renamed.etag)

    const flagged = await t.ctx.db.selectFrom('responses').select('id').where('campaign_id', '=', known.campaignId).where('flagged', '=', true).execute()
    await t.ctx.db.transaction().execute((trx) =>
      setReview(
        trx,
        t.ctx.questionnaires,
        flagged.map((r) => r.id),
        { review: 'include', reason: 'checked', userId: admin.id },
      ),
    )
    const reviewed = await indices()
    expect(unit(reviewed.body).n).toBe(unit(targeted.body).n + flagged.length)
    expect(reviewed.body.reviews?.length).toBeGreaterThan(0)
    await t.ctx.rollupApplier.applyPending()
    expect(unit((await indices()).body).n).toBe(unit(reviewed.body).n)
  })

  it('keeps readers of different units apart, whoever reads first', async () => {
    const manager = await createUserAndLogin(t, 'unit_manager', known.otherAgencyId)
    const viewer = await createUserAndLogin(t, 'viewer', known.agencyId)
    const all = await indices()
    const own = await indices('', manager)
    expect(own.body.units.map((u) => u.agencyId)).toEqual([known.otherAgencyId])
    const viewed = await indices('', viewer)
    expect(viewed.body.units.map((u) => u.agencyId)).toEqual([known.agencyId])
    expect(new Set([all.etag, own.etag, viewed.etag]).size).toBe(3)
    // the manager presenting the admin's ETag gets the own units, not a 304
    const presented = await read('indices', { user: manager, etag: all.etag })
    expect(presented.status).toBe(200)
    expect((presented.body as CampaignIndices).units.map((u) => u.agencyId)).toEqual([known.otherAgencyId])
    expect((await indices()).body.units).toHaveLength(2)
  })

  it('keeps each filter apart', async () => {
    const plain = unit((await indices()).body).n
    const qr = unit((await indices('?channel=qr')).body).n
    const kiosk = unit((await indices('?channel=kiosk')).body).n
    expect(qr).toBeGreaterThan(0)
    expect(kiosk).toBeGreaterThan(0)
    expect(qr + kiosk).toBe(plain)
    expect(unit((await indices()).body).n).toBe(plain)
    expect(unit((await indices('?channel=qr')).body).n).toBe(qr)
  })
})
