import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { sql, type Kysely } from 'kysely'
import type { DatabaseSchema } from '../../server/db/schema'
import { databaseKinds } from '../helpers/databases'
import { useTestApp } from '../helpers/app'
import { createSurveyFixture, type SurveyFixture } from '../helpers/fixtures'
import { insertResponses, type TestResponse } from '../helpers/indices-responses'
import { rebuildRollups } from '../../server/indices/rollups/rebuild-rollups'
import { createUserAndLogin } from '../helpers/auth'

// A small deterministic generator so a failure can be replayed.
function random(seed: number) {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
}

function randomResponses(count: number, seed: number): TestResponse[] {
  const next = random(seed)
  const pick = <T>(values: T[]) => values[Math.floor(next() * values.length)]!
  const answer = () => pick<number | null>([1, 2, 3, 4, 5, 5, 4, null])
  return Array.from({ length: count }, (): TestResponse => {
    const gaveFeedback = next() < 0.3
    return {
      answers: { 'staff.polite': answer(), 'staff.listened': answer(), ...(gaveFeedback ? { 'feedback.easy': answer() } : {}) },
      gaveFeedback,
      overall: pick<number | null>([1, 2, 3, 4, 5, null]),
      expectations: pick([[], ['faster'], ['online', 'signs'], ['faster', 'signs']]),
      demographics: pick<Record<string, string>>([{}, { gender: 'male' }, { gender: 'female' }]),
      channel: pick(['kiosk', 'qr'] as const),
      flagged: next() < 0.1,
      verified: next() < 0.3,
      // Hours around midnight in Viet Nam, so the day boundary (UTC+7) is exercised.
      submittedHour: new Date(Date.UTC(2026, 2, 1 + Math.floor(next() * 5), pick([15, 16, 17, 18, 2]))),
    }
  })
}

type Row = Record<string, unknown>
const normalise = (rows: Row[]) =>
  rows.map((r) => JSON.stringify(Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v])))).sort()

async function rows(db: Kysely<DatabaseSchema>, query: ReturnType<typeof sql>): Promise<string[]> {
  return normalise((await query.execute(db)).rows as Row[])
}

const cell = sql`campaign_id, agency_id, channel, flagged, verified`
const vnDay = sql`(submitted_hour at time zone 'UTC' + interval '7 hours')::date::text`
const rollupDay = sql`day::text`

// The recount, written as plain SQL GROUP BYs over the raw responses.
const recountAnswers = (fixture: SurveyFixture) => sql`
  select ${cell}, r.key, (r.value #>> '{}')::int as value, count(*)::int as n
  from responses, jsonb_each(answers) r
  where campaign_id = ${fixture.campaignId} and jsonb_typeof(r.value) = 'number'
  group by ${cell}, r.key, r.value`
const recountDailyAnswers = (fixture: SurveyFixture) => sql`
  select ${cell}, ${vnDay} as day, r.key, (r.value #>> '{}')::int as value, count(*)::int as n
  from responses, jsonb_each(answers) r
  where campaign_id = ${fixture.campaignId} and jsonb_typeof(r.value) = 'number'
  group by ${cell}, day, r.key, r.value`
const recountGenderAnswers = (fixture: SurveyFixture) => sql`
  select ${cell}, 'gender=' || (demographics->>'gender') as grp, r.key, (r.value #>> '{}')::int as value, count(*)::int as n
  from responses, jsonb_each(answers) r
  where campaign_id = ${fixture.campaignId} and jsonb_typeof(r.value) = 'number' and demographics ? 'gender'
  group by ${cell}, grp, r.key, r.value`
const recountRespondents = (fixture: SurveyFixture) => sql`
  select ${cell}, count(*)::int as n from responses where campaign_id = ${fixture.campaignId} group by ${cell}`
const recountOverall = (fixture: SurveyFixture) => sql`
  select ${cell}, overall as value, count(*)::int as n from responses
  where campaign_id = ${fixture.campaignId} and overall is not null group by ${cell}, overall`
const recountExpectations = (fixture: SurveyFixture) => sql`
  select ${cell}, e as key, count(*)::int as n from responses, unnest(expectations) e
  where campaign_id = ${fixture.campaignId} group by ${cell}, e`
// Per-respondent element scores (y satisfied answers, m valid answers), then the products.
const recountMoments = (fixture: SurveyFixture) => sql`
  with crit(ord, element, criterion) as (values (1, 'staff', 'staff.polite'), (1, 'staff', 'staff.listened'), (2, 'feedback', 'feedback.easy')),
  scores as (
    select r.id, ${cell}, c.ord, c.element,
      count(*) filter (where (a.value #>> '{}')::int between 4 and 5)::int as y, count(*)::int as m
    from responses r, jsonb_each(r.answers) a, crit c
    where r.campaign_id = ${fixture.campaignId} and c.criterion = a.key and jsonb_typeof(a.value) = 'number'
      and (a.value #>> '{}')::int between 1 and 5
    group by r.id, ${cell}, c.ord, c.element)
  select a.campaign_id, a.agency_id, a.channel, a.flagged, a.verified, a.element as element_a, b.element as element_b,
    sum(a.y * b.y)::int as yy, sum(a.y * b.m)::int as ym, sum(a.m * b.y)::int as my, sum(a.m * b.m)::int as mm
  from scores a join scores b on a.id = b.id and a.ord <= b.ord
  group by a.campaign_id, a.agency_id, a.channel, a.flagged, a.verified, a.element, b.element`

async function expectRollupsEqualRecount(db: Kysely<DatabaseSchema>, fixture: SurveyFixture) {
  const c = fixture.campaignId
  const fromCounts = (dim: string, columns: ReturnType<typeof sql>, grp = sql`grp = ''`) =>
    sql`select ${cell}, ${columns}, n::int as n from rollup_counts where campaign_id = ${c} and dim = ${dim} and ${grp}`
  expect(await rows(db, fromCounts('answer', sql`key, value`))).toEqual(await rows(db, recountAnswers(fixture)))
  expect(await rows(db, sql`select ${cell}, ${rollupDay} as day, key, value, n::int as n from rollup_daily_counts where campaign_id = ${c} and dim = 'answer'`)).toEqual(
    await rows(db, recountDailyAnswers(fixture)),
  )
  expect(await rows(db, sql`select ${cell}, grp, key, value, n::int as n from rollup_counts where campaign_id = ${c} and dim = 'answer' and grp like 'gender=%'`)).toEqual(
    await rows(db, recountGenderAnswers(fixture)),
  )
  expect(await rows(db, sql`select ${cell}, n::int as n from rollup_counts where campaign_id = ${c} and dim = 'respondents' and grp = ''`)).toEqual(
    await rows(db, recountRespondents(fixture)),
  )
  expect(await rows(db, fromCounts('overall', sql`value`))).toEqual(await rows(db, recountOverall(fixture)))
  expect(await rows(db, fromCounts('expectation', sql`key`))).toEqual(await rows(db, recountExpectations(fixture)))
  expect(
    await rows(db, sql`select ${cell}, element_a, element_b, yy::int as yy, ym::int as ym, my::int as my, mm::int as mm from rollup_moments where campaign_id = ${c} and grp = ''`),
  ).toEqual(await rows(db, recountMoments(fixture)))
}

describe.each(databaseKinds)('rollups on %s', (kind) => {
  const t = useTestApp(kind)

  it('equal a recount from the raw responses after random inserts in several transactions', async () => {
    const fixture = await createSurveyFixture(t.ctx.db)
    const target = { ...fixture }
    for (const [i, batch] of [1, 37, 120, 250].entries()) await insertResponses(t.ctx.db, target, randomResponses(batch, i + 1))
    const answerRows = await rows(t.ctx.db, recountAnswers(fixture))
    expect(answerRows.length).toBeGreaterThan(20)
    await expectRollupsEqualRecount(t.ctx.db, fixture)
  })

  it('equal a recount after random answers sent through the public survey API', async () => {
    const fixture = await createSurveyFixture(t.ctx.db)
    const admin = await createUserAndLogin(t, 'admin')
    const link = await t.request(`/api/v1/campaigns/${fixture.campaignId}/units/${fixture.agencyId}/links`, {
      headers: admin.headers,
      body: { channel: 'qr', label: 'Quầy 1' },
    })
    expect(link.status).toBe(201)
    const answers = randomResponses(60, 99)
    for (let start = 0; start < answers.length; start += 10) {
      // Ten at a time, so several land in one group commit.
      const results = await Promise.all(
        answers.slice(start, start + 10).map((r) =>
          t.request(`/api/v1/public/surveys/${link.body.code}/responses`, {
            body: {
              clientId: randomUUID(),
              answers: r.answers,
              overall: r.overall,
              gaveFeedback: r.gaveFeedback,
              expectations: r.expectations,
              demographics: r.demographics,
            },
          }),
        ),
      )
      for (const res of results) expect(res.status, JSON.stringify(res.body)).toBeLessThan(300)
    }
    const stored = await t.ctx.db.selectFrom('responses').select((eb) => eb.fn.countAll<number>().as('n')).where('campaign_id', '=', fixture.campaignId).executeTakeFirstOrThrow()
    expect(Number(stored.n)).toBe(60)
    await expectRollupsEqualRecount(t.ctx.db, fixture)
  })

  it('rebuilds one campaign from the raw responses without touching another', async () => {
    const a = await createSurveyFixture(t.ctx.db)
    const b = await createSurveyFixture(t.ctx.db)
    await insertResponses(t.ctx.db, a, randomResponses(80, 11))
    await insertResponses(t.ctx.db, b, randomResponses(60, 12))
    const before = await rows(t.ctx.db, sql`select * from rollup_counts where campaign_id = ${b.campaignId}`)
    await t.ctx.db.deleteFrom('rollup_counts').where('campaign_id', '=', a.campaignId).execute()
    await t.ctx.db.updateTable('rollup_moments').set({ yy: 0 }).where('campaign_id', '=', a.campaignId).execute()
    const result = await rebuildRollups(t.ctx.db, a.campaignId)
    expect(result.responses).toBe(80)
    await expectRollupsEqualRecount(t.ctx.db, a)
    expect(await rows(t.ctx.db, sql`select * from rollup_counts where campaign_id = ${b.campaignId}`)).toEqual(before)
  })
})
