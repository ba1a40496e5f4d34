import { randomUUID } from 'node:crypto'
import { expect } from 'vitest'
import type { Campaign } from '../../shared/campaigns/schemas'
import type { Channel, SurveyLink } from '../../shared/links/schemas'
import type { Questionnaire } from '../../shared/questionnaires/schemas'
import type { ResponseSubmissionInput } from '../../shared/responses/submission'
import type { ApiSession } from './survey-links'

/** A small deterministic generator (mulberry32), so a seeded data set is the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface AnswerProfile {
  /** Chance that a criterion answer is satisfied (the top two scale points). */
  satisfied: number
  /** Chance that the respondent gave feedback (and so answers the feedback element). */
  gaveFeedback: number
}

/** One plausible answer set for the questionnaire, drawn from the profile. */
export function drawSubmission(questionnaire: Questionnaire, profile: AnswerProfile, random: () => number): ResponseSubmissionInput {
  const scale = questionnaire.scale.map((s) => s.value).sort((a, b) => a - b)
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!
  const gaveFeedback = questionnaire.feedbackQuestion ? random() < profile.gaveFeedback : undefined
  const answers: Record<string, number | null> = {}
  for (const element of questionnaire.elements) {
    if (element.onlyIf === 'gaveFeedback' && gaveFeedback !== true) continue
    for (const criterion of element.criteria) {
      const roll = random()
      answers[criterion.key] = roll < 0.05 ? null : roll < 0.05 + profile.satisfied * 0.95 ? pick(scale.slice(-2)) : pick(scale.slice(0, -2))
    }
  }
  const overall = questionnaire.overall ? pick(questionnaire.overall.scale).value : undefined
  const expectations = questionnaire.expectations
    ? [...questionnaire.expectations.options]
        .sort(() => random() - 0.5)
        .slice(0, 1 + Math.floor(random() * questionnaire.expectations.max))
        .map((o) => o.key)
    : []
  const demographics = Object.fromEntries(questionnaire.demographics.map((item) => [item.key, pick(item.options).key]))
  return { clientId: randomUUID(), answers, overall, gaveFeedback, expectations, demographics }
}

export async function createLink(session: ApiSession, campaignId: number, agencyId: number, channel: Channel): Promise<string> {
  const link = await session.call<SurveyLink>(`/campaigns/${campaignId}/units/${agencyId}/links`, {
    body: { channel, label: `Kết quả ${channel} ${agencyId}` },
  })
  expect(link.status).toBe(201)
  return link.body.code
}

/**
 * Sends `count` answers to a unit through the public API: QR answers, then kiosk answers.
 * The kiosk interval is judged on the server's clock too, so a server that should count the
 * kiosk answers in its indices runs with `KIOSK_MIN_INTERVAL_SECONDS=0`.
 */
export async function sendResponses(
  baseUrl: string,
  session: ApiSession,
  campaign: Campaign,
  agencyId: number,
  questionnaire: Questionnaire,
  counts: { qr: number; kiosk: number },
  profile: AnswerProfile,
  random: () => number,
): Promise<void> {
  for (const channel of ['qr', 'kiosk'] as const) {
    if (counts[channel] === 0) continue
    const code = await createLink(session, campaign.id, agencyId, channel)
    for (let i = 0; i < counts[channel]; i++) {
      const submission = drawSubmission(questionnaire, profile, random)
      await post(baseUrl, code, submission)
    }
  }
}

export async function post(baseUrl: string, code: string, submission: ResponseSubmissionInput): Promise<void> {
  const response = await fetch(`${baseUrl}/api/v1/public/surveys/${code}/responses`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(submission),
  })
  expect(response.status, await response.clone().text()).toBe(201)
}
