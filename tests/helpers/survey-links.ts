import { expect } from 'vitest'
import type { Campaign } from '../../shared/campaigns/schemas'
import type { Channel, SurveyLink } from '../../shared/links/schemas'

export interface ApiSession {
  /** The session cookie, for requests that are not JSON (exports). */
  cookie: string
  call<T>(path: string, init?: { method?: string; body?: unknown }): Promise<{ status: number; body: T }>
}

/** Logs in through the API, as the admin app does, and calls it with the session cookie. */
export async function loginAs(baseUrl: string, email: string, password: string): Promise<ApiSession> {
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  expect(login.status).toBe(200)
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ')
  return {
    cookie,
    async call<T>(path: string, init: { method?: string; body?: unknown } = {}) {
      const method = init.method ?? (init.body === undefined ? 'GET' : 'POST')
      const send = () =>
        fetch(`${baseUrl}/api/v1${path}`, {
          method,
          headers: { 'Content-Type': 'application/json', Cookie: cookie },
          body: init.body === undefined ? undefined : JSON.stringify(init.body),
        })
      // A kept-alive connection the server closes as it is reused (its 5 s idle timeout, met
      // while a test waits on chromium) fails before any byte is sent: a read is sent again.
      const response = await send().catch((err: unknown) => {
        if (method === 'GET' && (err as { cause?: { code?: string } }).cause?.code === 'UND_ERR_SOCKET') return send()
        throw err
      })
      return { status: response.status, body: (await response.json().catch(() => null)) as T }
    },
  }
}

/** A new survey link on the open campaign of the demo data; returns its code and its path (/k/… or /s/…). */
export async function createSurveyLink(session: ApiSession, channel: Channel): Promise<{ code: string; path: string; campaignId: number; agencyId: number }> {
  const campaigns = await session.call<Campaign[] | { items: Campaign[] }>('/campaigns')
  expect(campaigns.status).toBe(200)
  const list = Array.isArray(campaigns.body) ? campaigns.body : campaigns.body.items
  // the demo campaign: the first one open today with units (tests add campaigns not started yet)
  const today = new Date().toISOString().slice(0, 10)
  const campaign = list.filter((c) => c.status === 'open' && c.agencyIds.length > 0 && c.startsOn <= today && today <= c.endsOn).sort((a, b) => a.id - b.id)[0]
  expect(campaign, 'the demo data has an open campaign with units').toBeDefined()
  const link = await session.call<SurveyLink>(`/campaigns/${campaign!.id}/units/${campaign!.agencyIds[0]}/links`, {
    body: { channel, label: `Kiểm thử ${channel} ${Date.now()}` },
  })
  expect(link.status).toBe(201)
  return { code: link.body.code, path: new URL(link.body.url).pathname, campaignId: campaign!.id, agencyId: campaign!.agencyIds[0]! }
}

/**
 * A link on a new open campaign of one built-in questionnaire (`sipas2017`, `sipas2022`,
 * `onestop2018`) over a demo unit; `startsOn` in the future makes a campaign not started yet.
 */
export async function createTemplateLink(
  session: ApiSession,
  kind: string,
  channel: Channel,
  options: { startsOn?: string; languages?: string[] } = {},
): Promise<{ code: string; path: string }> {
  const { startsOn, languages } = options
  const questionnaireId = await builtinQuestionnaireId(session, kind)
  const agencies = await session.call<{ id: number }[]>('/agencies')
  const year = Number((startsOn ?? new Date().toISOString()).slice(0, 4))
  const campaign = await session.call<Campaign>('/campaigns', {
    body: { name: `Kiểm thử ${kind} ${Date.now()}`, year, startsOn: startsOn ?? `${year}-01-01`, endsOn: `${year}-12-31`, questionnaireId },
  })
  expect(campaign.status).toBe(201)
  const agencyId = agencies.body[agencies.body.length - 1]!.id
  expect((await session.call(`/campaigns/${campaign.body.id}/units`, { method: 'PUT', body: { agencyIds: [agencyId] } })).status).toBe(200)
  expect((await session.call(`/campaigns/${campaign.body.id}`, { method: 'PATCH', body: { status: 'open' } })).status).toBe(200)
  const link = await session.call<SurveyLink>(`/campaigns/${campaign.body.id}/units/${agencyId}/links`, {
    body: { channel, label: `Kiểm thử ${kind} ${channel}`, ...(languages ? { languages } : {}) },
  })
  expect(link.status).toBe(201)
  return { code: link.body.code, path: new URL(link.body.url).pathname }
}

/** The id of a built-in questionnaire (`sipas2017`, `sipas2022`, `onestop2018`). */
export async function builtinQuestionnaireId(session: ApiSession, kind: string): Promise<number> {
  const questionnaires = await session.call<{ id: number; kind: string; builtin: boolean }[]>('/questionnaires')
  const questionnaire = questionnaires.body.find((q) => q.builtin && q.kind === kind)
  expect(questionnaire, `the built-in ${kind} questionnaire`).toBeDefined()
  return questionnaire!.id
}
