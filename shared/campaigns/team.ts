import { z } from 'zod'
import { roleSchema } from '../auth/schemas'

export const teamMemberSchema = z.object({
  id: z.number(),
  name: z.string(),
  email: z.string(),
  role: roleSchema,
  organisationId: z.number().nullable(),
  organisationName: z.string().nullable(),
})

/** `GET/PUT /campaigns/{id}/team`: the accounts assigned to survey the campaign. */
export const campaignTeamSchema = z.object({ campaignId: z.number(), members: z.array(teamMemberSchema) })
export type CampaignTeam = z.infer<typeof campaignTeamSchema>

export const setCampaignTeamSchema = z.object({ userIds: z.array(z.number().int().positive()).max(500) })
/** `GET /campaigns/{id}/team/interviews` (admins): the interviews each surveyor recorded for the campaign, for accountability. */
export const surveyorInterviewsSchema = z.array(z.object({ surveyorId: z.number(), interviews: z.number(), flagged: z.number() }))
export type SurveyorInterviews = z.infer<typeof surveyorInterviewsSchema>
