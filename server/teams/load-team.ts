import type { Kysely, Transaction } from 'kysely'
import type { CampaignTeam } from '../../shared/campaigns/team'
import type { DatabaseSchema } from '../db/schema'

type Db = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>

export async function loadTeam(db: Db, campaignId: number): Promise<CampaignTeam> {
  const rows = await db
    .selectFrom('campaign_team')
    .innerJoin('users', 'users.id', 'campaign_team.user_id')
    .leftJoin('organisations', 'organisations.id', 'users.organisation_id')
    .select(['users.id', 'users.name', 'users.email', 'users.role', 'users.organisation_id', 'organisations.name as organisation_name'])
    .where('campaign_team.campaign_id', '=', campaignId)
    .orderBy('users.name')
    .orderBy('users.id')
    .execute()
  return {
    campaignId,
    members: rows.map((r) => ({
      id: r.id,
      name: r.name,
      email: r.email,
      role: r.role,
      organisationId: r.organisation_id,
      organisationName: r.organisation_name,
    })),
  }
}

export async function campaignExists(db: Db, campaignId: number): Promise<boolean> {
  return (await db.selectFrom('campaigns').select('id').where('id', '=', campaignId).executeTakeFirst()) !== undefined
}
