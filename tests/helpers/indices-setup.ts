import type { Kysely } from 'kysely'
import type { DatabaseSchema } from '../../server/db/schema'
import type { TestApp } from './app'
import { createUserAndLogin, type LoggedInUser } from './auth'
import { createSurveyFixture, type SurveyFixture } from './fixtures'
import { knownResponses } from './indices-dataset'
import { insertResponses, times } from './indices-responses'

export interface KnownCampaign extends SurveyFixture {
  /** A second unit: 3 women and 6 men, every answer 4. */
  otherAgencyId: number
}

/**
 * The known data set at a unit, 5 flagged responses (all 1s, on 6 March, Viet Nam time)
 * beside it, and a second unit whose 3 women form a cell too small to show.
 */
export async function createKnownCampaign(db: Kysely<DatabaseSchema>): Promise<KnownCampaign> {
  const fixture = await createSurveyFixture(db)
  await insertResponses(db, fixture, knownResponses)
  await insertResponses(
    db,
    fixture,
    times(5, { answers: { 'staff.polite': 1, 'staff.listened': 1 }, overall: 1, flagged: true, submittedHour: new Date('2026-03-05T20:00:00Z') }),
  )
  const other = await db
    .insertInto('agencies')
    .values({ name: `UBND xã Thử nghiệm ${fixture.agencyId}`, code: `XA-${fixture.agencyId}-${Date.now()}`, kind: 'commune', parent_id: null })
    .returning('id')
    .executeTakeFirstOrThrow()
  await db.insertInto('campaign_units').values({ campaign_id: fixture.campaignId, agency_id: other.id }).execute()
  const target = { ...fixture, agencyId: other.id }
  const fours = { 'staff.polite': 4, 'staff.listened': 4 }
  await insertResponses(db, target, [
    ...times(3, { answers: fours, demographics: { gender: 'female' } }),
    ...times(6, { answers: fours, demographics: { gender: 'male' } }),
  ])
  return { ...fixture, otherAgencyId: other.id }
}

/** The known campaign in the app's database, and an admin logged in to read it. */
export async function knownCampaignWithAdmin(t: TestApp): Promise<{ known: KnownCampaign; admin: LoggedInUser }> {
  return { known: await createKnownCampaign(t.ctx.db), admin: await createUserAndLogin(t, 'admin') }
}
