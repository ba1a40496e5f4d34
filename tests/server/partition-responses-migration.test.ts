import { randomUUID } from 'node:crypto'
import { type Kysely, sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { createApp } from '../../server/app'
import { loadConfig } from '../../server/config'
import type { DatabaseSchema } from '../../server/db/schema'
import { createAppContext } from '../../server/http/context'
import { silentLogger } from '../../server/log'
import { sampleSubmission } from '../helpers/collection'
import { createTestDatabase, databaseKinds } from '../helpers/databases'
import { createSurveyFixture, type SurveyFixture } from '../helpers/fixtures'

const BEFORE = '20261203T1220-rollup-add-plpgsql'

async function rowsOfResponses(db: Kysely<DatabaseSchema>): Promise<unknown[]> {
  return (await sql<{ row: unknown }>`select to_jsonb(r) as row from responses r order by id`.execute(db)).rows.map((r) => r.row)
}

/** `table: definition` of the foreign keys from and to responses, and the names of its indexes. */
async function keysAndIndexes(db: Kysely<DatabaseSchema>) {
  const keys = await sql<{ key: string }>`
    select conrelid::regclass::text || ': ' || pg_get_constraintdef(oid) as key from pg_constraint
    where contype = 'f' and (conrelid = 'responses'::regclass or confrelid = 'responses'::regclass) and conparentid = 0
    order by 1`.execute(db)
  const indexes = await sql<{ name: string }>`select indexname as name from pg_indexes where tablename = 'responses' order by 1`.execute(db)
  return { keys: keys.rows.map((k) => k.key), indexes: indexes.rows.map((i) => i.name) }
}

/** Every index and constraint of responses and its partitions, and the tables referencing them, as definitions. */
async function partitionedSchema(db: Kysely<DatabaseSchema>): Promise<string[]> {
  const { rows } = await sql<{ line: string }>`
    select tablename || ' ' || indexdef as line from pg_indexes where tablename like 'responses%'
    union all
    select conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) from pg_constraint
      where conrelid in (select oid from pg_class where relname like 'responses%') or confrelid in (select oid from pg_class where relname like 'responses%')
    order by 1`.execute(db)
  return rows.map((r) => r.line)
}

async function addLink(db: Kysely<DatabaseSchema>, fixture: SurveyFixture): Promise<string> {
  const code = `part${randomUUID().slice(0, 8)}`
  await db.insertInto('survey_links').values({ code, campaign_id: fixture.campaignId, agency_id: fixture.agencyId, channel: 'qr', label: 'QR' }).execute()
  return code
}

describe.each(databaseKinds)('migration 20261203T1225-partition-responses on %s', (kind) => {
  it('converts a filled database: rows, ids, sequence, exactly-once, keys and indexes kept; new answers land in partitions', { timeout: 180_000 }, async () => {
    const testDb = await createTestDatabase(kind, { migrate: false })
    try {
      const db = testDb.database.db
      await testDb.database.migrateTo(BEFORE)
      const campaigns = [await createSurveyFixture(db), await createSurveyFixture(db), await createSurveyFixture(db)]
      const codes = [] as string[]
      for (const campaign of campaigns) codes.push(await addLink(db, campaign))
      const user = await db
        .insertInto('users')
        .values({ email: `nhap-${randomUUID()}@example.vn`, name: 'Nhập liệu', password_hash: 'x', role: 'admin', agency_id: null })
        .returning('id')
        .executeTakeFirstOrThrow()
      const stored = await db
        .insertInto('responses')
        .values(
          Array.from({ length: 12 }, (_, i) => ({
            client_id: randomUUID(),
            campaign_id: campaigns[i % 3]!.campaignId,
            agency_id: campaigns[i % 3]!.agencyId,
            questionnaire_id: campaigns[i % 3]!.questionnaireId,
            link_id: null,
            channel: 'qr' as const,
            submitted_hour: new Date('2026-03-02T03:00:00Z'),
            answers: JSON.stringify({ 'staff.polite': 1 + (i % 5) }),
            overall: 1 + (i % 5),
            gave_feedback: false,
            service_field: null,
            comment: i === 0 ? 'Chờ quá lâu' : null,
            flag_reason: null,
          })),
        )
        .returning(['id', 'client_id', 'campaign_id', 'agency_id'])
        .execute()
      // the last answer's id is spent: the sequence runs ahead of the largest id, and must stay there
      await db.deleteFrom('responses').where('id', '=', stored.pop()!.id).execute()
      await db
        .insertInto('rollup_pending')
        .values(stored.slice(0, 6).map((r) => ({ response_id: r.id })) as never)
        .execute()
      const [withCase, withForm] = [stored[0]!, stored[1]!]
      await db
        .insertInto('feedback_cases')
        .values({
          response_id: withCase.id,
          campaign_id: withCase.campaign_id,
          agency_id: withCase.agency_id,
          code: 'PARTTEST01',
          requested: true,
          dissatisfied: true,
          opened_at: new Date(),
          due_on: '2026-03-20',
        })
        .execute()
      await db
        .insertInto('paper_forms')
        .values({
          serial: 'PARTTEST',
          batch: 'b',
          campaign_id: withForm.campaign_id,
          agency_id: withForm.agency_id,
          created_by: user.id,
          response_id: withForm.id,
        })
        .execute()
      const rowsBefore = await rowsOfResponses(db)
      const before = await keysAndIndexes(db)
      const sequence = (await sql<{ last_value: number }>`select last_value from responses_id_seq`.execute(db)).rows[0]!.last_value

      expect((await testDb.database.migrateToLatest()).error).toBeUndefined()

      const relkind = await sql<{ relkind: string }>`select relkind from pg_class where oid = 'responses'::regclass`.execute(db)
      expect(relkind.rows[0]!.relkind).toBe('p')
      expect(await rowsOfResponses(db)).toEqual(rowsBefore)
      const after = await keysAndIndexes(db)
      const incoming = [
        'feedback_cases: FOREIGN KEY (response_id, campaign_id) REFERENCES responses(id, campaign_id) ON DELETE CASCADE',
        'paper_forms: FOREIGN KEY (response_id, campaign_id) REFERENCES responses(id, campaign_id)',
        'rollup_pending: FOREIGN KEY (response_id, campaign_id) REFERENCES responses(id, campaign_id) ON DELETE CASCADE',
      ]
      expect(after.keys).toEqual([...before.keys.filter((k) => k.startsWith('responses:')), ...incoming].sort())
      expect(after.indexes).toEqual(
        [...before.indexes.filter((i) => i !== 'responses_client_id_key'), 'responses_campaign_client_key'].sort((a, b) => (a < b ? -1 : 1)),
      )
      const fresh = await createTestDatabase(kind)
      try {
        const converted = await partitionedSchema(db)
        expect(converted.filter((line) => line.startsWith('responses_p15 '))).toContain(
          'responses_p15 CREATE UNIQUE INDEX responses_p15_campaign_id_client_id_key ON public.responses_p15 USING btree (campaign_id, client_id)',
        )
        expect(converted).toEqual(await partitionedSchema(fresh.database.db))
      } finally {
        await fresh.cleanup()
      }
      const pending = await db.selectFrom('rollup_pending').select(['response_id', 'campaign_id']).orderBy('response_id').execute()
      expect(pending).toEqual(stored.slice(0, 6).map((r) => ({ response_id: r.id, campaign_id: r.campaign_id })))

      const app = createApp(createAppContext(loadConfig({}), testDb.database, silentLogger))
      const post = async (code: string, body: unknown) => {
        const res = await app.request(`/api/v1/public/surveys/${code}/responses`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        })
        return { status: res.status, body: (await res.json()) as { id: number } }
      }
      // an answer stored before the conversion, sent again: still a replay
      const resent = await post(codes[0]!, sampleSubmission({ clientId: stored[0]!.client_id }))
      expect(resent).toMatchObject({ status: 200, body: { id: stored[0]!.id } })
      const answer = sampleSubmission()
      const first = await post(codes[1]!, answer)
      expect(first.status).toBe(201)
      expect(first.body.id).toBe(Number(sequence) + 1)
      expect(await post(codes[1]!, answer)).toMatchObject({ status: 200, body: { id: first.body.id } })
      const newcomer = await createSurveyFixture(db)
      const newAnswer = await post(await addLink(db, newcomer), sampleSubmission())
      expect(newAnswer.status).toBe(201)
      expect(
        await db
          .selectFrom('responses')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow(),
      ).toEqual({ n: 13 })

      // each campaign's answers, old and new, sit in one partition
      const places = await sql<{ campaign_id: number; partitions: string[] }>`
        select campaign_id, array_agg(distinct tableoid::regclass::text) as partitions from responses group by campaign_id order by campaign_id`.execute(db)
      expect(places.rows.map((p) => p.campaign_id)).toEqual([...campaigns, newcomer].map((c) => c.campaignId))
      for (const place of places.rows) expect(place.partitions).toEqual([expect.stringMatching(/^responses_p\d\d$/)])

      // the keys that name a response by (id, campaign) refuse a wrong campaign, and cascade or hold as before
      const otherCampaign = campaigns[2]!.campaignId
      await expect(db.insertInto('rollup_pending').values({ response_id: stored[7]!.id, campaign_id: otherCampaign }).execute()).rejects.toMatchObject({
        code: '23503',
      })
      await expect(db.updateTable('paper_forms').set({ campaign_id: otherCampaign }).where('serial', '=', 'PARTTEST').execute()).rejects.toMatchObject({
        code: '23503',
      })
      await expect(db.deleteFrom('responses').where('id', '=', withForm.id).execute()).rejects.toMatchObject({ code: '23503' })
      await db.deleteFrom('responses').where('id', '=', withCase.id).execute()
      expect(await db.selectFrom('feedback_cases').select('id').where('code', '=', 'PARTTEST01').execute()).toEqual([])
      expect(await db.selectFrom('rollup_pending').select('response_id').where('response_id', '=', withCase.id).execute()).toEqual([])

      // and back: the previous shape with the same rows
      const rowsNow = await rowsOfResponses(db)
      await testDb.database.migrateTo(BEFORE)
      expect(await rowsOfResponses(db)).toEqual(rowsNow)
      expect(await keysAndIndexes(db)).toEqual(before)
    } finally {
      await testDb.cleanup()
    }
  })
})
