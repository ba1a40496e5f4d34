import type { CampaignBundlePayload } from '../../shared/national/schemas'
import type { SessionUser } from '../auth/session-user'
import { exportMethodLines } from '../exports/report-tables'
import type { AppContext } from '../http/context'
import { ApiError } from '../http/errors'
import { campaignIndices } from '../indices/campaign-indices'
import { emptyUnitRollup } from '../indices/compute/unit-rollup'
import { loadRollups } from '../indices/queries/load-rollups'
import { toUnitSums } from './unit-sums'

const DEFAULT_FILTERS = { includeFlagged: false, verifiedOnly: false }

/** One campaign's figures as sums per unit, with what a national installation needs to recompute them. */
export async function buildCampaignBundle(ctx: AppContext, user: SessionUser, campaignId: number): Promise<CampaignBundlePayload> {
  const province = ctx.config.province
  if (!province) throw new ApiError(409, 'province_not_set', 'Set PROVINCE_CODE and PROVINCE_NAME before publishing bundles')
  const report = await campaignIndices(ctx, user, campaignId, DEFAULT_FILTERS)
  const campaign = await ctx.db
    .selectFrom('campaigns')
    .innerJoin('questionnaires', 'questionnaires.id', 'campaigns.questionnaire_id')
    .select([
      'questionnaires.id',
      'questionnaires.kind',
      'questionnaires.name',
      'questionnaires.version',
      'questionnaires.scoring',
      'questionnaires.definition',
    ])
    .where('campaigns.id', '=', campaignId)
    .executeTakeFirstOrThrow()
  const unitIds = report.units.map((u) => u.agencyId)
  const [groups, agencies] = await Promise.all([
    loadRollups(ctx.db, ctx.questionnaires, campaignId, unitIds, DEFAULT_FILTERS),
    unitIds.length ? ctx.db.selectFrom('agencies').select(['id', 'code', 'name']).where('id', 'in', unitIds).execute() : [],
  ])
  return {
    format: 'hai-long.campaign-bundle',
    formatVersion: 1,
    province,
    campaign: { id: report.campaignId, name: report.campaignName, year: report.year, scoring: campaign.scoring },
    questionnaire: {
      id: campaign.id,
      kind: campaign.kind as CampaignBundlePayload['questionnaire']['kind'],
      name: campaign.name,
      version: campaign.version,
      definition: campaign.definition,
    },
    method: exportMethodLines(report)
      .map(([label, text]) => (label ? `${label}: ${text}` : text))
      .join('\n'),
    issuedAt: new Date().toISOString(),
    units: report.units.map((unit) => {
      const group = groups.find((g) => g.agencyId === unit.agencyId)
      const agency = agencies.find((a) => a.id === unit.agencyId)!
      return { code: agency.code, name: agency.name, sums: toUnitSums(group?.rollup ?? emptyUnitRollup(), group?.flagged ?? 0) }
    }),
  }
}
