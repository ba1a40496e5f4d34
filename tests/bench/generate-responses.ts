// Bulk data for the benchmarks: a SIPAS 2017 campaign over N units and random responses
// written with SQL (no HTTP, no rollups; call rebuildRollups afterwards).
import { type Kysely, sql } from 'kysely'
import type { DatabaseSchema } from '../../server/db/schema'
import { sipas2017 } from '../../shared/questionnaires/templates'

const CHUNK = 50_000

export interface BenchCampaign {
  campaignId: number
  questionnaireId: number
  agencyIds: number[]
}

/** An open campaign of the built-in SIPAS 2017 questionnaire (stored beforehand) over `units` new units. */
export async function createBenchCampaign(db: Kysely<DatabaseSchema>, units: number, name: string): Promise<BenchCampaign> {
  const questionnaire = await db.selectFrom('questionnaires').select('id').where('kind', '=', 'sipas2017').where('builtin', '=', true).executeTakeFirstOrThrow()
  const stamp = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`
  const agencies = await db
    .insertInto('agencies')
    .values(Array.from({ length: units }, (_, i) => ({ name: `${name} — đơn vị ${i + 1}`, code: `BENCH-${stamp}-${i}`, kind: 'department', parent_id: null })))
    .returning('id')
    .execute()
  const campaign = await db
    .insertInto('campaigns')
    .values({ name, year: 2026, starts_on: '2026-01-01', ends_on: '2026-12-31', questionnaire_id: questionnaire.id, status: 'open' })
    .returning('id')
    .executeTakeFirstOrThrow()
  await db
    .insertInto('campaign_units')
    .values(agencies.map((a) => ({ campaign_id: campaign.id, agency_id: a.id })))
    .execute()
  return { campaignId: campaign.id, questionnaireId: questionnaire.id, agencyIds: agencies.map((a) => a.id) }
}

/**
 * `total` random SIPAS 2017 responses spread evenly over the campaign's units and over
 * 330 days of 2026: 70 % kiosk, 5 % "no answer" per criterion, a quarter gave feedback,
 * 3 % flagged, 20 % verified.
 */
export async function generateResponses(db: Kysely<DatabaseSchema>, campaign: BenchCampaign, total: number): Promise<void> {
  const keys = sipas2017.definition.elements.flatMap((e) => e.criteria.map((c) => c.key))
  const feedbackKeys = sipas2017.definition.elements.filter((e) => e.onlyIf === 'gaveFeedback').flatMap((e) => e.criteria.map((c) => c.key))
  const expectationKeys = sipas2017.definition.expectations?.options.map((o) => o.key) ?? []
  const units = campaign.agencyIds.length
  for (let offset = 0; offset < total; offset += CHUNK) {
    const n = Math.min(CHUNK, total - offset)
    await sql`
      insert into responses (client_id, campaign_id, agency_id, questionnaire_id, channel, submitted_hour, answers, overall,
        gave_feedback, expectations, demographics, flagged, verified)
      select gen_random_uuid(), ${campaign.campaignId}, (${campaign.agencyIds}::int[])[1 + g % ${units}], ${campaign.questionnaireId},
        case when random() < 0.7 then 'kiosk' else 'qr' end,
        date_trunc('hour', timestamptz '2026-01-01 00:00+07' + random() * interval '330 days'),
        (select jsonb_object_agg(k, case when random() < 0.05 then null else 1 + floor(random() * 5)::int end)
           from unnest(${keys}::text[]) k where g > 0 and (g % 4 = 0 or not (k = any(${feedbackKeys}::text[])))),
        1 + floor(random() * 5)::int, g % 4 = 0,
        (select coalesce(array_agg(e), '{}') from unnest(${expectationKeys}::text[]) e where g > 0 and random() < 0.2),
        jsonb_build_object('gender', case when random() < 0.5 then 'male' else 'female' end,
                           'age_band', (array['age_18_24','age_25_34','age_35_49','age_50_60','age_over_60'])[1 + floor(random() * 5)::int]),
        random() < 0.03, random() < 0.2
      from generate_series(${offset + 1}::int, ${offset + n}::int) g`.execute(db)
  }
}
