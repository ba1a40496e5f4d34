import type { LoopFigures } from '../../shared/cases/schemas'
import type { Estimate, KeyedEstimate, PointsSummary } from '../../shared/indices/schemas'
import { indicesQuerySchema, MIN_CELL_RESPONDENTS } from '../../shared/indices/schemas'
import type { QuestionnaireDefinition, Scoring } from '../../shared/questionnaires/definition'
import { loadLoopFigures } from '../cases/loop-figures'
import type { AppContext } from '../http/context'
import { indicesForScope } from '../indices/campaign-indices'
import { loadIndicesCampaign } from '../indices/queries/load-indices-campaign'
import { figuresKey, type PublishedCampaign } from './published-campaigns'

/** A unit's published figures: exactly the admin's (`GET /campaigns/{id}/indices`, default filters). */
export interface PublishedUnit {
  agencyId: number
  name: string
  /** Fewer than MIN_CELL_RESPONDENTS respondents: no figure is published, not even n. */
  hidden: boolean
  n: number | null
  rank: number | null
  sipas: Estimate | null
  overall: Estimate | null
  elements: KeyedEstimate[]
  elementsWithoutData: string[]
  criteria: (KeyedEstimate & { element: string })[]
  points: PointsSummary | null
  /** What the unit does about its weakest criteria (its manager's note), or empty. */
  note: string
  /** Citizens' feedback cases of the campaign and how they were answered; null when hidden or none opened. */
  complaints: { opened: number; answered: number; answeredOnTime: number } | null
}

export interface PublishedResults {
  campaign: PublishedCampaign
  scoring: Scoring
  unit: 'percent' | 'points'
  definition: QuestionnaireDefinition
  questionnaireVersion: number
  units: PublishedUnit[]
}

/** The default filters of the admin results: flagged answers left out, every channel, the whole period. */
export const PUBLISHED_FILTERS = indicesQuerySchema.parse({})

/**
 * Computes a published campaign's figures with the admin's own computation over all its units
 * and default filters, then applies the rule of the admin breakdowns: a unit with fewer than
 * MIN_CELL_RESPONDENTS respondents shows nothing.
 */
export async function publishedResults(ctx: AppContext, campaign: PublishedCampaign): Promise<PublishedResults> {
  const indicesCampaign = (await loadIndicesCampaign(ctx.db, ctx.questionnaires, campaign.id))!
  const indices = await indicesForScope(ctx, { campaign: indicesCampaign, units: indicesCampaign.units }, PUBLISHED_FILTERS)
  const loops = await loadLoopFigures(ctx.db, { campaignIds: [campaign.id] })
  const notes = await ctx.db.selectFrom('unit_result_notes').select(['agency_id', 'text']).where('campaign_id', '=', campaign.id).execute()
  const questionnaire = await ctx.db
    .selectFrom('questionnaires')
    .innerJoin('campaigns', 'campaigns.questionnaire_id', 'questionnaires.id')
    .select('questionnaires.version')
    .where('campaigns.id', '=', campaign.id)
    .executeTakeFirstOrThrow()
  return {
    campaign,
    scoring: indices.scoring,
    unit: indices.unit,
    definition: indicesCampaign.definition,
    questionnaireVersion: questionnaire.version,
    units: indices.units.map((u) => {
      const hidden = u.n < MIN_CELL_RESPONDENTS
      return {
        agencyId: u.agencyId,
        name: u.name,
        hidden,
        n: hidden ? null : u.n,
        rank: hidden ? null : u.rank,
        sipas: hidden ? null : u.sipas,
        overall: hidden ? null : u.overall,
        elements: hidden ? [] : u.elements,
        elementsWithoutData: hidden ? [] : u.elementsWithoutData,
        criteria: hidden ? [] : u.criteria,
        points: hidden ? null : u.points,
        note: notes.find((n) => n.agency_id === u.agencyId)?.text ?? '',
        complaints: hidden ? null : complaintsOf(loops.find((l) => l.agencyId === u.agencyId)),
      }
    }),
  }
}

const complaintsOf = (loop: LoopFigures | undefined): PublishedUnit['complaints'] =>
  loop && loop.opened > 0 ? { opened: loop.opened, answered: loop.answered, answeredOnTime: loop.answeredOnTime } : null

/** The published figures from the in-process cache, computed once per publication version. */
export function cachedPublishedResults(ctx: AppContext, campaign: PublishedCampaign): Promise<PublishedResults> {
  return ctx.publicResults.get(`${figuresKey(campaign)}|figures`, () => publishedResults(ctx, campaign))
}
