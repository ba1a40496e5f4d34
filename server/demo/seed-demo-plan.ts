import type { Transaction } from 'kysely'
import type { QuestionnaireDefinition } from '../../shared/questionnaires/definition'
import type { ResponseChannel } from '../../shared/responses/channels'
import type { DatabaseSchema } from '../db/schema'

/** Sơn La's plan (Quyết định 3235/QĐ-UBND, III.4): 15 units, 5 a year, 2020–2022. */
export const DEMO_PLAN_UNITS: Record<number, string[]> = {
  2020: ['DEMO-SNNMT', 'DEMO-SYT', 'DEMO-BHXH', 'DEMO-P-CHIENGAN', 'DEMO-X-THUANCHAU'],
  2021: ['DEMO-SVHTTDL', 'DEMO-CA', 'DEMO-P-CHIENGCOI', 'DEMO-X-MAISON', 'DEMO-X-MOCCHAU'],
  2022: ['DEMO-SDTTG', 'DEMO-BVDK', 'DEMO-P-CHIENGSINH', 'DEMO-X-YENCHAU', 'DEMO-X-SONGMA'],
}
/** Left out of the 2022 campaign, so the plan page shows a planned unit never surveyed. */
export const DEMO_UNSURVEYED = 'DEMO-X-SONGMA'

/** mulberry32: the same demo answers on every start. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** One generated respondent of the questionnaire, satisfied with each criterion with chance `satisfied`. */
function generatedResponse(definition: QuestionnaireDefinition, satisfied: number, random: () => number) {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!
  const scale = definition.scale.map((p) => p.value).sort((a, b) => a - b)
  const gaveFeedback = definition.feedbackQuestion ? random() < 0.3 : null
  const answers: Record<string, number | null> = {}
  for (const element of definition.elements) {
    if (element.onlyIf === 'gaveFeedback' && gaveFeedback !== true) continue
    for (const criterion of element.criteria) {
      const roll = random()
      answers[criterion.key] = roll < 0.03 ? null : roll < 0.03 + satisfied * 0.97 ? pick(scale.slice(-2)) : pick(scale.slice(0, -2))
    }
  }
  const overall = definition.overall
    ? random() < satisfied
      ? pick(definition.overall.satisfiedValues)
      : pick(definition.overall.scale.map((p) => p.value).filter((v) => !definition.overall!.satisfiedValues.includes(v)))
    : null
  const expectations = definition.expectations ? [pick(definition.expectations.options).key] : []
  const demographics = Object.fromEntries(definition.demographics.map((item) => [item.key, pick(item.options).key]))
  return { answers, overall, gaveFeedback, expectations, demographics }
}

/**
 * The demo plan with its four partner organisations, and a closed campaign with generated
 * answers for each of its years (2022's leaves one planned unit out). Names say "demo".
 */
/**
 * What the integrity panel is for: eight identical "all very satisfied" answers pressed on a
 * kiosk at 22:00 on a Monday, the last five flagged as a burst (as the answer path does once
 * a run reaches its length).
 */
function demoKioskBurst(campaignId: number, agencyId: number, questionnaire: { id: number; definition: QuestionnaireDefinition }, year: number) {
  const top = Math.max(...questionnaire.definition.scale.map((p) => p.value))
  const answers = Object.fromEntries(
    questionnaire.definition.elements.filter((e) => e.onlyIf === undefined).flatMap((e) => e.criteria.map((c) => [c.key, top])),
  )
  const monday = new Date(Date.UTC(year, 8, 1))
  while (monday.getUTCDay() !== 1) monday.setUTCDate(monday.getUTCDate() + 1)
  return Array.from({ length: 8 }, (_, i) => ({
    client_id: crypto.randomUUID(),
    campaign_id: campaignId,
    agency_id: agencyId,
    questionnaire_id: questionnaire.id,
    link_id: null,
    channel: 'kiosk' as const,
    // 22:00 in Viet Nam.
    submitted_hour: new Date(monday.getTime() + 15 * 3600 * 1000),
    answers: JSON.stringify(answers),
    overall: questionnaire.definition.overall ? Math.max(...questionnaire.definition.overall.satisfiedValues) : null,
    gave_feedback: questionnaire.definition.feedbackQuestion ? false : null,
    expectations: [],
    perceptions: '{}',
    demographics: '{}',
    service_field: null,
    comment: null,
    flagged: i >= 3,
    flag_reason: i >= 3 ? 'burst' : null,
  }))
}

/** The i-th answer's hour: on the campaign's weekdays from 1 August, 8:00–16:00 in Viet Nam (inside a desk's opening hours). */
function demoOpeningHour(year: number, i: number): Date {
  const day = new Date(Date.UTC(year, 7, 1, 1 + (i % 9)))
  for (let weekdays = i % 60; weekdays > 0 || day.getUTCDay() % 6 === 0; ) {
    day.setUTCDate(day.getUTCDate() + 1)
    if (day.getUTCDay() % 6 !== 0) weekdays--
  }
  return day
}

/** QR for most answers, then the desk's kiosk, the survey team's interviews and paper forms. */
function demoChannel(roll: number): ResponseChannel {
  return roll < 0.6 ? 'qr' : roll < 0.8 ? 'kiosk' : roll < 0.92 ? 'interview' : 'paper'
}

export async function seedDemoPlan(
  trx: Transaction<DatabaseSchema>,
  ids: Map<string, number>,
  questionnaire: { id: number; definition: QuestionnaireDefinition },
): Promise<number> {
  const plan = await trx
    .insertInto('plans')
    .values({
      name: 'Đề án khảo sát sự hài lòng 2020–2022 (demo)',
      decision_number: '3235/QĐ-UBND',
      decision_date: '2017-12-18',
      first_year: 2020,
      last_year: 2022,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  const organisations = await trx.selectFrom('organisations').select('id').orderBy('id').limit(4).execute()
  await trx
    .insertInto('plan_organisations')
    .values(organisations.map((o) => ({ plan_id: plan.id, organisation_id: o.id })))
    .execute()
  const random = seededRandom(3235)
  for (const [yearKey, codes] of Object.entries(DEMO_PLAN_UNITS)) {
    const year = Number(yearKey)
    await trx
      .insertInto('plan_units')
      .values(codes.map((code) => ({ plan_id: plan.id, agency_id: ids.get(code)!, year })))
      .execute()
    const campaign = await trx
      .insertInto('campaigns')
      .values({
        name: `Khảo sát sự hài lòng năm ${year} (dữ liệu demo)`,
        year,
        starts_on: `${year}-08-01`,
        ends_on: `${year}-10-31`,
        questionnaire_id: questionnaire.id,
        status: 'closed',
        plan_id: plan.id,
        default_target: 60,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    const surveyed = codes.filter((code) => code !== DEMO_UNSURVEYED)
    await trx
      .insertInto('campaign_units')
      .values(
        surveyed.map((code, i) => ({ campaign_id: campaign.id, agency_id: ids.get(code)!, transactions: i === 0 ? null : 80 + Math.floor(random() * 400) })),
      )
      .execute()
    for (const code of surveyed) {
      const satisfied = 0.6 + random() * 0.3
      const count = 45 + Math.floor(random() * 90)
      const rows = Array.from({ length: count }, (_, i) => {
        const response = generatedResponse(questionnaire.definition, satisfied, random)
        return {
          client_id: crypto.randomUUID(),
          campaign_id: campaign.id,
          agency_id: ids.get(code)!,
          questionnaire_id: questionnaire.id,
          link_id: null,
          channel: demoChannel(random()),
          submitted_hour: demoOpeningHour(year, i),
          answers: JSON.stringify(response.answers),
          overall: response.overall,
          gave_feedback: response.gaveFeedback,
          expectations: response.expectations,
          perceptions: '{}',
          demographics: JSON.stringify(response.demographics),
          service_field: null,
          comment: null,
        }
      })
      if (code === surveyed[0]) rows.push(...demoKioskBurst(campaign.id, ids.get(code)!, questionnaire, year))
      const stored = await trx.insertInto('responses').values(rows).returning(['id', 'campaign_id']).execute()
      await trx
        .insertInto('rollup_pending')
        .values(stored.map((r) => ({ response_id: r.id, campaign_id: r.campaign_id })))
        .execute()
    }
  }
  return plan.id
}
