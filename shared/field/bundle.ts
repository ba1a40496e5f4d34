import { z } from 'zod'
import { publicSurveySchema } from '../surveys/public-survey'
import { fieldSurveyorSchema } from './schemas'

const fieldQuestionnaireSchema = publicSurveySchema.shape.questionnaire

export const fieldCampaignSchema = z.object({
  id: z.number(),
  name: z.string(),
  year: z.number(),
  startsOn: z.string(),
  endsOn: z.string(),
  units: z.array(z.object({ id: z.number(), name: z.string() })),
  questionnaire: z.object({ vi: fieldQuestionnaireSchema, en: fieldQuestionnaireSchema }),
})
export type FieldCampaign = z.infer<typeof fieldCampaignSchema>

/**
 * `GET /api/v1/field/bundle`: everything a surveyor's device keeps for days offline, the open
 * campaigns of the surveyor's team with their units and questionnaire in both languages.
 */
export const fieldBundleSchema = z.object({
  surveyor: fieldSurveyorSchema,
  downloadedAt: z.string(),
  campaigns: z.array(fieldCampaignSchema),
})
export type FieldBundle = z.infer<typeof fieldBundleSchema>
