import type { Kysely } from 'kysely'
import type { DatabaseSchema } from '../db/schema'

/** The link behind a survey code with its campaign, agency and whether the agency is still a unit of the campaign. */
export function findSurveyLink(db: Kysely<DatabaseSchema>, code: string) {
  return db
    .selectFrom('survey_links as l')
    .innerJoin('campaigns as c', 'c.id', 'l.campaign_id')
    .innerJoin('agencies as a', 'a.id', 'l.agency_id')
    .leftJoin('campaign_units as u', (join) => join.onRef('u.campaign_id', '=', 'l.campaign_id').onRef('u.agency_id', '=', 'l.agency_id'))
    .select((eb) => [
      eb('u.agency_id', 'is not', null).as('isUnit'),
      'l.id as linkId',
      'l.channel',
      'l.min_interval_seconds',
      'l.revoked_at',
      'l.created_at',
      'l.languages',
      'l.read_aloud',
      'c.case_rule',
      'a.id as agencyId',
      'a.name as agencyName',
      'c.id as campaignId',
      'c.name as campaignName',
      'c.year',
      'c.starts_on',
      'c.ends_on',
      'c.status',
      'c.questionnaire_id',
    ])
    .where('l.code', '=', code)
    .executeTakeFirst()
}

export type SurveyLinkRow = NonNullable<Awaited<ReturnType<typeof findSurveyLink>>>
