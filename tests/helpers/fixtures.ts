import type { Kysely } from 'kysely'
import type { DatabaseSchema } from '../../server/db/schema'
import type { Campaign } from '../../shared/campaigns/schemas'
import type { QuestionnaireDefinition } from '../../shared/questionnaires/definition'

const text = (vi: string, en: string) => ({ vi, en })

/** A small SIPAS-shaped questionnaire: 2 elements (the second behind the feedback filter), 5-point scale. */
export const smallSipasDefinition: QuestionnaireDefinition = {
  intro: text('Xin ông/bà cho biết mức độ hài lòng.', 'Please tell us how satisfied you are.'),
  scale: [
    { value: 1, label: text('Rất không hài lòng', 'Very dissatisfied') },
    { value: 2, label: text('Không hài lòng', 'Dissatisfied') },
    { value: 3, label: text('Bình thường', 'Neutral') },
    { value: 4, label: text('Hài lòng', 'Satisfied') },
    { value: 5, label: text('Rất hài lòng', 'Very satisfied') },
  ],
  elements: [
    {
      key: 'staff',
      label: text('Công chức', 'Civil servants'),
      criteria: [
        { key: 'staff.polite', label: text('Lịch sự', 'Polite') },
        { key: 'staff.listened', label: text('Lắng nghe', 'Listened') },
      ],
    },
    {
      key: 'feedback',
      label: text('Góp ý, phản ánh', 'Feedback'),
      onlyIf: 'gaveFeedback',
      criteria: [{ key: 'feedback.easy', label: text('Dễ góp ý', 'Easy to give feedback') }],
    },
  ],
  feedbackQuestion: text('Ông/bà có góp ý, phản ánh không?', 'Did you give feedback?'),
  overall: {
    label: text('Hài lòng chung', 'Overall satisfaction'),
    scale: [1, 2, 3, 4, 5].map((value) => ({ value, label: text(String(value), String(value)) })),
    satisfiedValues: [4, 5],
  },
  perceptions: [],
  expectations: {
    label: text('Mong muốn', 'Expectations'),
    max: 2,
    options: [
      { key: 'faster', label: text('Nhanh hơn', 'Faster') },
      { key: 'online', label: text('Trực tuyến', 'Online') },
      { key: 'signs', label: text('Biển chỉ dẫn', 'Signs') },
    ],
  },
  serviceFields: { label: text('Lĩnh vực', 'Field'), options: [{ key: 'land', label: text('Đất đai', 'Land') }] },
  demographics: [
    {
      key: 'gender',
      label: text('Giới tính', 'Gender'),
      options: [
        { key: 'male', label: text('Nam', 'Male') },
        { key: 'female', label: text('Nữ', 'Female') },
      ],
    },
  ],
  comment: { label: text('Ý kiến khác', 'Comment'), hint: text('Không ghi thông tin cá nhân.', 'No personal data.'), maxLength: 2000 },
}

export interface SurveyFixture {
  agencyId: number
  questionnaireId: number
  campaignId: number
}

let sequence = 0

/** An agency, a published questionnaire and an open campaign (covering today) surveying that agency. */
export async function createSurveyFixture(
  db: Kysely<DatabaseSchema>,
  options: { definition?: QuestionnaireDefinition; scoring?: 'share45' | 'points'; kind?: string } = {},
): Promise<SurveyFixture> {
  sequence += 1
  const year = new Date().getUTCFullYear()
  const agency = await db
    .insertInto('agencies')
    .values({ name: `Sở Thử nghiệm ${sequence}`, code: `TEST${sequence}-${Date.now()}`, kind: 'department', parent_id: null })
    .returning('id')
    .executeTakeFirstOrThrow()
  const questionnaire = await db
    .insertInto('questionnaires')
    .values({
      name: 'Phiếu thử nghiệm',
      kind: options.kind ?? 'sipas2017',
      version: 1,
      status: 'published',
      scoring: options.scoring ?? 'share45',
      definition: JSON.stringify(options.definition ?? smallSipasDefinition),
      based_on_id: null,
      published_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  const campaign = await db
    .insertInto('campaigns')
    .values({
      name: `Khảo sát ${year}`,
      year,
      starts_on: `${year}-01-01`,
      ends_on: `${year}-12-31`,
      questionnaire_id: questionnaire.id,
      status: 'open',
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  await db.insertInto('campaign_units').values({ campaign_id: campaign.id, agency_id: agency.id }).execute()
  return { agencyId: agency.id, questionnaireId: questionnaire.id, campaignId: campaign.id }
}

/** An open campaign of 2026 as the API gives it, for client tests that answer its calls themselves. */
export function campaignFixture(agencyIds: number[]): Campaign {
  return {
    id: 7,
    name: 'Khảo sát 2026',
    year: 2026,
    startsOn: '2026-01-01',
    endsOn: '2026-12-31',
    questionnaireId: 3,
    status: 'open',
    agencyIds,
    planId: null,
    warnings: [],
    caseRule: 'dissatisfied_or_requested',
  }
}
