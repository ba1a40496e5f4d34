import { randomUUID } from 'node:crypto'
import { type Kysely, sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import type { DatabaseSchema } from '../../server/db/schema'
import { emptyUnitRollup } from '../../server/indices/compute/unit-rollup'
import { addVectorText, loadRollups, wholeMonths } from '../../server/indices/queries/load-rollups'
import { rebuildQueuedRollups, rebuildRollups } from '../../server/indices/rollups/rebuild-rollups'
import { RollupApplier } from '../../server/indices/rollups/rollup-applier'
import { silentLogger } from '../../server/log'
import { PublishedQuestionnaires } from '../../server/questionnaires/published-questionnaires'
import { useTestApp } from '../helpers/app'
import { createUserAndLogin } from '../helpers/auth'
import { databaseKinds } from '../helpers/databases'
import { createSurveyFixture, type SurveyFixture } from '../helpers/fixtures'
import { insertResponses, type TestResponse } from '../helpers/indices-responses'

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

type Cell = { campaign_id: number; agency_id: number; channel: string; flagged: boolean; verified: boolean }

/** The rollup vectors of a campaign decoded cell by cell, in the shape of the recount queries' rows. */
async function decodedRollups(db: Kysely<DatabaseSchema>, campaignId: number) {
  const layouts = await new PublishedQuestionnaires().rollupsOf(db, [
    (await db.selectFrom('campaigns').select('questionnaire_id').where('id', '=', campaignId).executeTakeFirstOrThrow()).questionnaire_id,
  ])
  const read = async (table: 'rollup_cells' | 'rollup_daily_cells', slot: 'grp' | 'day') =>
    (
      await sql<Cell & { slot: string; questionnaire_id: number; sums: number[] }>`
        select campaign_id, agency_id, channel, flagged, verified, ${sql.ref(slot)}::text as slot, questionnaire_id, sums::float8[] as sums
        from ${sql.table(table)} where campaign_id = ${campaignId}`.execute(db)
    ).rows.map(({ slot: value, questionnaire_id, sums, ...cell }) => {
      const rollup = emptyUnitRollup()
      layouts.get(questionnaire_id)!.layout.decode(sums, rollup)
      return { cell, slot: value, rollup }
    })
  return { campaign: await read('rollup_cells', 'grp'), daily: await read('rollup_daily_cells', 'day') }
}

const pendingCount = async (db: Kysely<DatabaseSchema>) =>
  Number(
    (
      await db
        .selectFrom('rollup_pending')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  )

/** What the indices read (tables plus the queue) equals the recount, per unit and group. */
async function expectReadersEqualRecount(db: Kysely<DatabaseSchema>, fixture: SurveyFixture) {
  const all = { includeFlagged: true, verifiedOnly: false }
  const questionnaires = new PublishedQuestionnaires()
  const [unit] = await loadRollups(db, questionnaires, fixture.campaignId, [fixture.agencyId], all)
  const answers = [...unit!.rollup.answers].flatMap(([key, values]) => [...values].map(([value, n]) => `${key} ${value} ${n}`)).sort()
  const { rows: recount } = await sql<{ key: string; value: number; n: number }>`
    select r.key, (r.value #>> '{}')::int as value, count(*)::int as n from responses, jsonb_each(answers) r
    where campaign_id = ${fixture.campaignId} and jsonb_typeof(r.value) = 'number' group by r.key, r.value`.execute(db)
  expect(answers).toEqual(recount.map((r) => `${r.key} ${r.value} ${r.n}`).sort())
  const { rows: people } = await sql<{ n: number }>`select count(*)::int as n from responses where campaign_id = ${fixture.campaignId}`.execute(db)
  expect(unit!.rollup.respondents).toBe(people[0]!.n)
  const genders = await loadRollups(db, questionnaires, fixture.campaignId, [fixture.agencyId], all, { by: 'demographic', item: 'gender' })
  const { rows: byGender } = await sql<{ g: string; n: number }>`
    select demographics->>'gender' as g, count(*)::int as n from responses
    where campaign_id = ${fixture.campaignId} and demographics ? 'gender' group by 1`.execute(db)
  expect(genders.map((g) => `${g.group} ${g.rollup.respondents}`).sort()).toEqual(byGender.map((r) => `${r.g} ${r.n}`).sort())
}

async function expectRollupsEqualRecount(db: Kysely<DatabaseSchema>, fixture: SurveyFixture) {
  const { campaign, daily } = await decodedRollups(db, fixture.campaignId)
  const whole = campaign.filter((c) => c.slot === '')
  const answerRows = (cells: typeof campaign, slot?: 'grp' | 'day') =>
    normalise(
      cells.flatMap(({ cell, slot: value, rollup }) =>
        [...rollup.answers].flatMap(([key, values]) =>
          [...values].map(([answer, n]) => ({ ...cell, ...(slot ? { [slot]: value } : {}), key, value: answer, n })),
        ),
      ),
    )
  expect(answerRows(whole)).toEqual(await rows(db, recountAnswers(fixture)))
  expect(answerRows(daily, 'day')).toEqual(await rows(db, recountDailyAnswers(fixture)))
  expect(
    answerRows(
      campaign.filter((c) => c.slot.startsWith('gender=')),
      'grp',
    ),
  ).toEqual(await rows(db, recountGenderAnswers(fixture)))
  expect(normalise(whole.map(({ cell, rollup }) => ({ ...cell, n: rollup.respondents })))).toEqual(await rows(db, recountRespondents(fixture)))
  expect(normalise(whole.flatMap(({ cell, rollup }) => [...rollup.overall].map(([value, n]) => ({ ...cell, value, n }))))).toEqual(
    await rows(db, recountOverall(fixture)),
  )
  expect(normalise(whole.flatMap(({ cell, rollup }) => [...rollup.expectations].map(([key, n]) => ({ ...cell, key, n }))))).toEqual(
    await rows(db, recountExpectations(fixture)),
  )
  expect(
    normalise(
      whole.flatMap(({ cell, rollup }) =>
        [...rollup.moments].map(([pair, m]) => {
          const [element_a, element_b] = pair.split('|')
          return { ...cell, element_a, element_b, ...m }
        }),
      ),
    ),
  ).toEqual(await rows(db, recountMoments(fixture)))
  // Every day's respondents add up to the whole campaign's.
  const respondents = (cells: typeof campaign) => cells.reduce((n, c) => n + c.rollup.respondents, 0)
  expect(respondents(daily)).toBe(respondents(whole))
}

describe.each(databaseKinds)('rollups on %s', (kind) => {
  const t = useTestApp(kind)

  it('equal a recount from the raw responses after random inserts in several transactions', async () => {
    const fixture = await createSurveyFixture(t.ctx.db)
    const target = { ...fixture }
    let queued = 0
    for (const [i, batch] of [1, 37, 120, 250].entries()) {
      await insertResponses(t.ctx.db, target, randomResponses(batch, i + 1))
      queued += batch
      // The background applier passes after some inserts and not others.
      if (i % 2 === 0) {
        expect(await t.ctx.rollupApplier.applyPending()).toBe(queued)
        queued = 0
      }
    }
    const answerRows = await rows(t.ctx.db, recountAnswers(fixture))
    expect(answerRows.length).toBeGreaterThan(20)
    expect(await pendingCount(t.ctx.db)).toBe(250)
    // Readers add what is still queued.
    await expectReadersEqualRecount(t.ctx.db, fixture)
    expect(await t.ctx.rollupApplier.applyPending()).toBe(250)
    expect(await pendingCount(t.ctx.db)).toBe(0)
    await expectRollupsEqualRecount(t.ctx.db, fixture)
    await expectReadersEqualRecount(t.ctx.db, fixture)
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
    const stored = await t.ctx.db
      .selectFrom('responses')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('campaign_id', '=', fixture.campaignId)
      .executeTakeFirstOrThrow()
    expect(Number(stored.n)).toBe(60)
    expect(await pendingCount(t.ctx.db)).toBe(60)
    const indices = await t.request(`/api/v1/campaigns/${fixture.campaignId}/indices?includeFlagged=true`, { headers: admin.headers })
    expect(indices.body.units[0].n).toBe(60)
    await t.ctx.rollupApplier.applyPending()
    await expectRollupsEqualRecount(t.ctx.db, fixture)
  })

  it('rebuilds one campaign from the raw responses without touching another', async () => {
    const a = await createSurveyFixture(t.ctx.db)
    const b = await createSurveyFixture(t.ctx.db)
    await insertResponses(t.ctx.db, a, randomResponses(50, 11))
    await insertResponses(t.ctx.db, b, randomResponses(60, 12))
    await t.ctx.rollupApplier.applyPending()
    // Still queued when the rebuild runs: counted once, by the rebuild.
    await insertResponses(t.ctx.db, a, randomResponses(30, 13))
    const before = await rows(t.ctx.db, sql`select * from rollup_cells where campaign_id = ${b.campaignId}`)
    await t.ctx.db.deleteFrom('rollup_cells').where('campaign_id', '=', a.campaignId).where('grp', '=', '').execute()
    await t.ctx.db.updateTable('rollup_daily_cells').set({ sums: sql`array_fill(7::bigint, array[3])` }).where('campaign_id', '=', a.campaignId).execute()
    const result = await rebuildRollups(t.ctx.db, t.ctx.questionnaires, a.campaignId)
    expect(result.responses).toBe(80)
    expect(await pendingCount(t.ctx.db)).toBe(0)
    await expectRollupsEqualRecount(t.ctx.db, a)
    expect(await rows(t.ctx.db, sql`select * from rollup_cells where campaign_id = ${b.campaignId}`)).toEqual(before)
  })

  it('rebuilds the campaigns a migration queued, at start-up, and empties the queue', async () => {
    const a = await createSurveyFixture(t.ctx.db)
    await insertResponses(t.ctx.db, a, randomResponses(40, 21))
    await t.ctx.db.deleteFrom('rollup_cells').where('campaign_id', '=', a.campaignId).execute()
    await t.ctx.db.deleteFrom('rollup_daily_cells').where('campaign_id', '=', a.campaignId).execute()
    await t.ctx.db.insertInto('rollup_rebuilds').values({ campaign_id: a.campaignId }).execute()
    await rebuildQueuedRollups(t.ctx.db, t.ctx.questionnaires, silentLogger)
    await expectRollupsEqualRecount(t.ctx.db, a)
    expect(await t.ctx.db.selectFrom('rollup_rebuilds').selectAll().execute()).toEqual([])
  })

  it('sum any date range, whole months and ragged ends, equal to a recount of the days in it', async () => {
    const fixture = await createSurveyFixture(t.ctx.db)
    const next = random(31)
    // Spread over December to May, hours on both sides of midnight in Viet Nam.
    const spread = randomResponses(300, 32).map((r) => ({ ...r, submittedHour: new Date(Date.UTC(2025, 11, 1) + Math.floor(next() * 180 * 24) * 3600_000) }))
    await insertResponses(t.ctx.db, fixture, spread.slice(0, 150))
    await t.ctx.rollupApplier.applyPending()
    await insertResponses(t.ctx.db, fixture, spread.slice(150))
    const ranges: [string | undefined, string | undefined][] = [
      ['2026-01-01', '2026-03-31'],
      ['2025-12-17', '2026-04-09'],
      [undefined, '2026-02-14'],
      ['2026-02-28', undefined],
      ['2026-03-03', '2026-03-21'],
      ['2026-01-31', '2026-02-01'],
      ['2025-12-31', '2026-01-31'],
    ]
    for (const [from, to] of ranges) {
      const [group] = await loadRollups(t.ctx.db, t.ctx.questionnaires, fixture.campaignId, [fixture.agencyId], {
        includeFlagged: true,
        verifiedOnly: false,
        from,
        to,
      })
      const { rows: recount } = await sql<{ key: string; value: number; n: number }>`
        select a.key, (a.value #>> '{}')::int as value, count(*)::int as n
        from responses r, jsonb_each(r.answers) a
        where r.campaign_id = ${fixture.campaignId} and jsonb_typeof(a.value) = 'number'
          and ${vnDay} >= ${from ?? '0000-01-01'} and ${vnDay} <= ${to ?? '9999-12-31'}
        group by a.key, a.value`.execute(t.ctx.db)
      const { rows: people } = await sql<{ n: number }>`
        select count(*)::int as n from responses
        where campaign_id = ${fixture.campaignId} and ${vnDay} >= ${from ?? '0000-01-01'} and ${vnDay} <= ${to ?? '9999-12-31'}`.execute(t.ctx.db)
      const range = `${from ?? '…'} – ${to ?? '…'}`
      expect(people[0]!.n, range).toBeGreaterThan(0)
      expect(group?.rollup.respondents, range).toBe(people[0]!.n)
      const answers = [...group!.rollup.answers].flatMap(([key, values]) => [...values].map(([value, n]) => `${key} ${value} ${n}`)).sort()
      expect(answers, range).toEqual(recount.map((r) => `${r.key} ${r.value} ${r.n}`).sort())
    }
  })

  it('add vectors slot by slot in the database, a missing slot counting 0', async () => {
    const add = async (a: string, b: string) =>
      (await sql<{ sum: string }>`select rollup_add(${a}::bigint[], ${b}::bigint[])::text as sum`.execute(t.ctx.db)).rows[0]!.sum
    expect(await add('{1,2,3}', '{10,20,30}')).toBe('{11,22,33}')
    expect(await add('{1,2,3}', '{-1}')).toBe('{0,2,3}')
    expect(await add('{5}', '{0,4500000000}')).toBe('{5,4500000000}')
    expect(await add('{}', '{7,8}')).toBe('{7,8}')
    expect(await add('{}', '{}')).toBe('{}')
  })

  it('are applied in the background, and by two appliers at once each response exactly once', async () => {
    const fixture = await createSurveyFixture(t.ctx.db)
    const background = new RollupApplier(t.ctx.db, t.ctx.questionnaires, silentLogger, 20)
    await insertResponses(t.ctx.db, fixture, randomResponses(40, 41))
    background.start()
    try {
      for (let waited = 0; (await pendingCount(t.ctx.db)) > 0; waited += 20) {
        expect(waited, 'the queue should drain in the background').toBeLessThan(10_000)
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
    } finally {
      await background.stop()
    }
    await insertResponses(t.ctx.db, fixture, randomResponses(300, 42))
    const other = new RollupApplier(t.ctx.db, t.ctx.questionnaires, silentLogger, 1000)
    const applied = await Promise.all([t.ctx.rollupApplier.applyPending(), other.applyPending()])
    expect(applied[0] + applied[1]).toBe(300)
    await expectRollupsEqualRecount(t.ctx.db, fixture)
  })
})

describe('whole months of a date range', () => {
  it('takes the months wholly inside the range and leaves the ragged ends to days', () => {
    expect(wholeMonths('2026-01-01', '2026-03-31')).toEqual({ monthsFrom: '2026-01-01', monthsBefore: '2026-04-01' })
    expect(wholeMonths('2026-01-15', '2026-03-30')).toEqual({ monthsFrom: '2026-02-01', monthsBefore: '2026-03-01' })
    expect(wholeMonths('2026-01-31', '2026-02-28')).toEqual({ monthsFrom: '2026-02-01', monthsBefore: '2026-03-01' })
    expect(wholeMonths('2024-02-29', '2024-12-31')).toEqual({ monthsFrom: '2024-03-01', monthsBefore: '2025-01-01' })
    expect(wholeMonths(undefined, '2026-05-10')).toEqual({ monthsFrom: undefined, monthsBefore: '2026-05-01' })
    expect(wholeMonths('2026-05-10', undefined)).toEqual({ monthsFrom: '2026-06-01', monthsBefore: undefined })
  })
})

describe('rollup vectors in text form', () => {
  it('adds each element of a bigint[] text to the running sums', () => {
    const into = new Float64Array([1, 1, 1, 1, 1])
    addVectorText('{12,0,-3,4500000000}', into)
    expect([...into]).toEqual([13, 1, -2, 4500000001, 1])
    addVectorText('{}', into)
    expect([...into]).toEqual([13, 1, -2, 4500000001, 1])
  })
})
