import { randomUUID } from 'node:crypto'
import { Migrator } from 'kysely/migration'
import { describe, expect, it } from 'vitest'
import { migrationProvider } from '../../migrations'
import { createTestDatabase, databaseKinds } from '../helpers/databases'
import { createSurveyFixture } from '../helpers/fixtures'

describe.each(databaseKinds)('migration 20261203T0720-responses-of-campaign-units on %s', (kind) => {
  it('brings back the unit of answers stored through a removed unit, then refuses such answers', { timeout: 120_000 }, async () => {
    const testDb = await createTestDatabase(kind, { migrate: false })
    try {
      const db = testDb.database.db
      const migrator = new Migrator({ db, provider: migrationProvider })
      expect((await migrator.migrateTo('20261122T2330-rollup-pending')).error).toBeUndefined()
      const fixture = await createSurveyFixture(db)
      const removed = await createSurveyFixture(db)
      const response = (agencyId: number) => ({
        client_id: randomUUID(),
        campaign_id: fixture.campaignId,
        agency_id: agencyId,
        questionnaire_id: fixture.questionnaireId,
        link_id: null,
        channel: 'qr' as const,
        submitted_hour: new Date(),
        answers: JSON.stringify({ 'staff.polite': 4 }),
        overall: 4,
        gave_feedback: false,
        service_field: null,
        comment: null,
        flag_reason: null,
      })
      // an answer orphaned the old way: its unit is not (any more) a unit of the campaign
      const orphan = await db.insertInto('responses').values(response(removed.agencyId)).returning('id').executeTakeFirstOrThrow()

      expect((await testDb.database.migrateToLatest()).error).toBeUndefined()
      const units = await db.selectFrom('campaign_units').select('agency_id').where('campaign_id', '=', fixture.campaignId).orderBy('agency_id').execute()
      expect(units.map((u) => u.agency_id)).toEqual([fixture.agencyId, removed.agencyId])
      expect(await db.selectFrom('responses').select('id').where('id', '=', orphan.id).executeTakeFirst()).toEqual(orphan)
      const stranger = await createSurveyFixture(db)
      await expect(db.insertInto('responses').values(response(stranger.agencyId)).execute()).rejects.toMatchObject({ code: '23503' })
    } finally {
      await testDb.cleanup()
    }
  })
})
