import type { CampaignIntegrity } from '../../shared/integrity/schemas'
import type { SessionUser } from '../auth/session-user'
import type { AppContext } from '../http/context'
import { forbidden } from '../http/errors'
import { indicesForScope } from '../indices/campaign-indices'
import { indicesScope } from '../indices/scope'
import { answerSignals, gapNotable, mergeAnswerSets, openHoursBetween, paceAgainstTransactions } from './compute/signals'
import { loadAnswerHours } from './queries/load-answer-hours'
import { loadAnswerSets } from './queries/load-answer-sets'
import { loadCampaignLinkLabels } from './queries/load-campaign-links'
import { loadIntegrityUnits } from './queries/load-integrity-units'

/**
 * The integrity panel of a campaign: the signals of every answer stored (flagged or not,
 * reviewed or not) per unit and per link, the unit's answers against its transactions, and
 * its kiosk index against its other channels (under the default filters). Admins see every
 * unit, unit managers their own (403 for another's); other roles none.
 */
export async function campaignIntegrity(ctx: AppContext, user: SessionUser, campaignId: number, agencyId?: number): Promise<CampaignIntegrity> {
  if (user.role !== 'admin' && user.role !== 'unit_manager') throw forbidden('The integrity panel is for admins and unit managers')
  const scope = await indicesScope(ctx, user, campaignId, agencyId)
  const { campaign, units } = scope
  const agencyIds = units.map((u) => u.agencyId)
  const sets = await loadAnswerSets(ctx.db, campaign.id, agencyIds)
  const hours = await loadAnswerHours(ctx.db, campaign.id, agencyIds)
  const context = await loadIntegrityUnits(ctx.db, campaign.id)
  const labels = await loadCampaignLinkLabels(ctx.db, campaign.id)
  const indices = await indicesForScope(ctx, scope, { includeFlagged: false, verifiedOnly: false })
  const top = {
    scale: Math.max(...campaign.plan.scaleValues),
    overall: campaign.plan.satisfiedOverall.length > 0 ? Math.max(...campaign.plan.satisfiedOverall) : null,
  }
  const unitRows = units.map((unit) => {
    const { openingHours, transactions } = context!.units.find((u) => u.agencyId === unit.agencyId)!
    const unitHours = hours.filter((h) => h.agencyId === unit.agencyId)
    const unitSets = sets.filter((s) => s.agencyId === unit.agencyId)
    const figures = indices.units.find((u) => u.agencyId === unit.agencyId)
    return {
      agencyId: unit.agencyId,
      name: unit.name,
      openingHours,
      total: unitSets.reduce((sum, s) => sum + s.n, 0),
      signals: answerSignals(mergeAnswerSets(unitSets), unitHours, openingHours, top),
      pace: transactions === null ? null : paceAgainstTransactions(unitHours, transactions, openHoursBetween(context!.startsOn, context!.endsOn, openingHours)),
      kioskGaps: (figures?.kioskGaps ?? []).map((gap) => ({ ...gap, notable: gapNotable(gap) })),
    }
  })
  const linkKey = (row: { agencyId: number; linkId: number | null; channel: string }) => `${row.agencyId}|${row.linkId ?? row.channel}`
  const linkRows = [...new Map(sets.map((s) => [linkKey(s), s])).values()].map((first) => {
    const key = linkKey(first)
    const opening = unitRows.find((u) => u.agencyId === first.agencyId)!.openingHours
    const linkSets = sets.filter((s) => linkKey(s) === key)
    return {
      agencyId: first.agencyId,
      channel: first.channel,
      label: first.linkId === null ? null : (labels.get(first.linkId) ?? null),
      total: linkSets.reduce((sum, s) => sum + s.n, 0),
      signals: answerSignals(
        linkSets,
        hours.filter((h) => linkKey(h) === key),
        opening,
        top,
      ),
    }
  })
  linkRows.sort((a, b) => agencyIds.indexOf(a.agencyId) - agencyIds.indexOf(b.agencyId) || b.total - a.total)
  return { campaignId: campaign.id, campaignName: campaign.name, units: unitRows, links: linkRows }
}
