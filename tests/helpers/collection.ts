import { randomUUID } from 'node:crypto'
import type { ResponseSubmissionInput } from '../../shared/responses/submission'
import type { TestApp } from './app'
import type { LoggedInUser } from './auth'

/** Creates a link through the API as the given user and returns its code. */
export async function createLinkCode(t: TestApp, user: LoggedInUser, campaignId: number, agencyId: number, channel: 'kiosk' | 'qr'): Promise<string> {
  const res = await t.request(`/api/v1/campaigns/${campaignId}/units/${agencyId}/links`, {
    body: { channel, label: `${channel} ${randomUUID().slice(0, 6)}` },
    headers: user.headers,
  })
  if (res.status !== 201) throw new Error(`link creation failed: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.code
}

/** A valid answer to `smallSipasDefinition`, with overrides. */
export function sampleSubmission(overrides: Partial<ResponseSubmissionInput> = {}): ResponseSubmissionInput {
  return {
    clientId: randomUUID(),
    answers: { 'staff.polite': 4, 'staff.listened': 5 },
    overall: 4,
    gaveFeedback: false,
    expectations: ['faster'],
    demographics: { gender: 'female' },
    ...overrides,
  }
}

export function postResponse(t: TestApp, code: string, body: unknown, headers: Record<string, string> = {}) {
  return t.request(`/api/v1/public/surveys/${code}/responses`, { method: 'POST', body, headers })
}
