// The campaign the HTTP scenarios write to, set up through the API as an administrator would.
import type { Agency } from '../../shared/agencies/schemas'
import type { Campaign } from '../../shared/campaigns/schemas'
import type { Channel } from '../../shared/links/schemas'
import type { Questionnaire, QuestionnaireSummary } from '../../shared/questionnaires/schemas'
import { createLink } from '../helpers/seed-responses'
import type { ApiSession } from '../helpers/survey-links'

export interface HttpCampaign {
  campaignId: number
  questionnaire: Questionnaire
  agencyIds: number[]
}

async function expectStatus<T>(what: string, status: number, call: Promise<{ status: number; body: T }>): Promise<T> {
  const response = await call
  if (response.status !== status) throw new Error(`${what}: HTTP ${response.status} ${JSON.stringify(response.body)}`)
  return response.body
}

/** An open SIPAS 2017 campaign of this year over `units` new units. */
export async function createHttpCampaign(session: ApiSession, units: number, name: string): Promise<HttpCampaign> {
  const summaries = await expectStatus('questionnaires', 200, session.call<QuestionnaireSummary[]>('/questionnaires'))
  const builtin = summaries.find((q) => q.builtin && q.kind === 'sipas2017')
  if (!builtin) throw new Error('the built-in SIPAS 2017 questionnaire is missing')
  const questionnaire = await expectStatus('questionnaire', 200, session.call<Questionnaire>(`/questionnaires/${builtin.id}`))
  const stamp = Date.now().toString(36)
  const agencyIds: number[] = []
  for (let i = 0; i < units; i++) {
    const body = { name: `${name} — đơn vị ${i + 1}`, code: `B-${stamp}-${i}`, kind: 'commune' }
    agencyIds.push((await expectStatus('agency', 201, session.call<Agency>('/agencies', { body }))).id)
  }
  const year = new Date().getUTCFullYear()
  const campaign = await expectStatus(
    'campaign',
    201,
    session.call<Campaign>('/campaigns', { body: { name, year, startsOn: `${year}-01-01`, endsOn: `${year}-12-31`, questionnaireId: builtin.id } }),
  )
  await expectStatus('campaign units', 200, session.call(`/campaigns/${campaign.id}/units`, { method: 'PUT', body: { agencyIds } }))
  await expectStatus('open campaign', 200, session.call(`/campaigns/${campaign.id}`, { method: 'PATCH', body: { status: 'open' } }))
  return { campaignId: campaign.id, questionnaire, agencyIds }
}

/** `count` links of the channel, spread round-robin over the units; their codes. */
export async function createLinks(session: ApiSession, campaign: HttpCampaign, channel: Channel, count: number): Promise<string[]> {
  const codes: string[] = []
  for (let i = 0; i < count; i++) codes.push(await createLink(session, campaign.campaignId, campaign.agencyIds[i % campaign.agencyIds.length]!, channel))
  return codes
}
