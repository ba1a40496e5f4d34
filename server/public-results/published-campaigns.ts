import type { Kysely } from 'kysely'
import type { DatabaseSchema } from '../db/schema'

/** A campaign whose results are public: published and still closed. */
export interface PublishedCampaign {
  id: number
  name: string
  year: number
  startsOn: string
  endsOn: string
  questionnaireKind: string
  questionnaireName: string
  publishedAt: Date
  /** Publication version and the campaign's last change: together, the cache key of its figures. */
  version: number
  updatedAt: Date
}

const publishedCampaigns = (db: Kysely<DatabaseSchema>) =>
  db
    .selectFrom('result_publications as p')
    .innerJoin('campaigns as c', 'c.id', 'p.campaign_id')
    .innerJoin('questionnaires as q', 'q.id', 'c.questionnaire_id')
    .select([
      'c.id',
      'c.name',
      'c.year',
      'c.starts_on as startsOn',
      'c.ends_on as endsOn',
      'q.kind as questionnaireKind',
      'q.name as questionnaireName',
      'p.published_at as publishedAt',
      'p.version',
      'c.updated_at as updatedAt',
    ])
    .where('p.published_at', 'is not', null)
    .where('c.status', '=', 'closed')
    .$narrowType<{ publishedAt: Date }>()

/** Every published campaign, newest year first. */
export function listPublishedCampaigns(db: Kysely<DatabaseSchema>): Promise<PublishedCampaign[]> {
  return publishedCampaigns(db).orderBy('c.year', 'desc').orderBy('c.starts_on', 'desc').orderBy('c.id', 'desc').execute()
}

/** One published campaign; undefined when it is not (or no longer) public. */
export function findPublishedCampaign(db: Kysely<DatabaseSchema>, campaignId: number): Promise<PublishedCampaign | undefined> {
  return publishedCampaigns(db).where('c.id', '=', campaignId).executeTakeFirst()
}

/** The published campaigns that surveyed a unit with a questionnaire of this kind, oldest first. */
export function publishedCampaignsOfUnit(db: Kysely<DatabaseSchema>, agencyId: number, questionnaireKind: string): Promise<PublishedCampaign[]> {
  return publishedCampaigns(db)
    .innerJoin('campaign_units as u', 'u.campaign_id', 'c.id')
    .where('u.agency_id', '=', agencyId)
    .where('q.kind', '=', questionnaireKind)
    .orderBy('c.year')
    .orderBy('c.starts_on')
    .execute()
}

/** The key of a published campaign's figures in the cache. */
export const figuresKey = (campaign: PublishedCampaign) => `${campaign.id}|${campaign.version}|${new Date(campaign.updatedAt).getTime()}`
