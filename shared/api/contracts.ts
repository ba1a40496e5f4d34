import { z } from 'zod'
import { agencyImportReportSchema, agencySchema, createAgencySchema, updateAgencySchema } from '../agencies/schemas'
import { auditPageSchema, auditQuerySchema } from '../audit/schemas'
import { currentUserSchema, loginRequestSchema, logoutSchema } from '../auth/schemas'
import { campaignSchema, createCampaignSchema, setCampaignUnitsSchema, updateCampaignSchema } from '../campaigns/schemas'
import { campaignTeamSchema, setCampaignTeamSchema, surveyorInterviewsSchema } from '../campaigns/team'
import { caseFiguresQuerySchema, caseListQuerySchema, caseSummarySchema, feedbackCaseSchema, loopFiguresSchema, updateCaseSchema } from '../cases/schemas'
import { fieldBundleSchema } from '../field/bundle'
import { deviceSessionSchema, fieldDeviceSchema, fieldLoginSchema } from '../field/schemas'
import {
  breakdownQuerySchema,
  breakdownsSchema,
  campaignIndicesSchema,
  indicesQuerySchema,
  timelineQuerySchema,
  timelineSchema,
  trendQuerySchema,
  trendSchema,
} from '../indices/schemas'
import { flaggedAnswersQuerySchema, flaggedAnswersSchema, flagReviewResultSchema, flagReviewSchema } from '../integrity/review'
import { campaignIntegritySchema, integrityQuerySchema } from '../integrity/schemas'
import { addLanguageSchema, languageSchema, packImportResultSchema, questionnaireTextsSchema } from '../language-packs/schemas'
import { createLinkSchema, receiptBatchRequestSchema, receiptBatchSchema, surveyLinkSchema } from '../links/schemas'
import { installationKeySchema, nationalProvinceSchema, nationalRankingQuerySchema, nationalRankingSchema, registerProvinceSchema } from '../national/schemas'
import { createOrganisationSchema, organisationSchema } from '../organisations/schemas'
import {
  paperEntrySchema,
  paperFormListQuerySchema,
  paperFormOutcomeSchema,
  paperFormSchema,
  paperFormSummarySchema,
  paperResolutionSchema,
} from '../paper/schemas'
import { createPlanSchema, planSchema, planSummarySchema, planYearUnitsSchema, setPlanUnitsSchema, updatePlanSchema } from '../plans/schemas'
import { publicationSchema, setUnitResultNoteSchema, unitResultNoteSchema } from '../publication/schemas'
import { createQuestionnaireSchema, questionnaireSchema, questionnaireSummarySchema, updateQuestionnaireSchema } from '../questionnaires/schemas'
import { responseAcceptedSchema, responseSubmissionSchema } from '../responses/submission'
import { publicSurveyQuerySchema, publicSurveySchema } from '../surveys/public-survey'
import { campaignTargetsSchema, setCampaignTargetsSchema } from '../targets/schemas'
import { createUserSchema, updateUserSchema, userSchema } from '../users/schemas'
import type { Contract } from './endpoint'
import { campaignUnitParams, idParams, linkCodeParams, paperSerialParams, planYearParams } from './params'

const file = z.string().meta({ format: 'binary' })
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/**
 * What every JSON endpoint takes and answers, by route group and name; `endpoints.ts` says where
 * each one is. The server validates and documents with these, the client is typed by them, the
 * API tests parse answers with them.
 */
export const contracts = {
  auth: {
    login: { body: loginRequestSchema, status: 200, response: currentUserSchema },
    logout: { status: 200, response: logoutSchema },
    me: { status: 200, response: currentUserSchema },
  },
  users: {
    list: { status: 200, response: z.array(userSchema) },
    create: { body: createUserSchema, status: 201, response: userSchema },
    update: { params: idParams, body: updateUserSchema, status: 200, response: userSchema },
  },
  agencies: {
    list: { status: 200, response: z.array(agencySchema) },
    create: { body: createAgencySchema, status: 201, response: agencySchema },
    update: { params: idParams, body: updateAgencySchema, status: 200, response: agencySchema },
    import: { upload: { 'text/csv': file, [XLSX]: file, 'application/octet-stream': file }, status: 200, response: agencyImportReportSchema },
  },
  questionnaires: {
    list: { status: 200, response: z.array(questionnaireSummarySchema) },
    get: { params: idParams, status: 200, response: questionnaireSchema },
    create: { body: createQuestionnaireSchema, status: 201, response: questionnaireSchema },
    update: { params: idParams, body: updateQuestionnaireSchema, status: 200, response: questionnaireSchema },
    publish: { params: idParams, status: 200, response: questionnaireSchema },
  },
  campaigns: {
    list: { status: 200, response: z.array(campaignSchema) },
    get: { params: idParams, status: 200, response: campaignSchema },
    create: { body: createCampaignSchema, status: 201, response: campaignSchema },
    update: { params: idParams, body: updateCampaignSchema, status: 200, response: campaignSchema },
    remove: { params: idParams, status: 204 },
    setUnits: { params: idParams, body: setCampaignUnitsSchema, status: 200, response: campaignSchema },
  },
  teams: {
    get: { params: idParams, status: 200, response: campaignTeamSchema },
    set: { params: idParams, body: setCampaignTeamSchema, status: 200, response: campaignTeamSchema },
    interviews: { params: idParams, status: 200, response: surveyorInterviewsSchema },
  },
  deviceSessions: {
    list: { status: 200, response: z.array(deviceSessionSchema) },
    revoke: { params: idParams, status: 204 },
  },
  field: {
    login: { body: fieldLoginSchema, status: 201, response: fieldDeviceSchema },
    bundle: { status: 200, response: fieldBundleSchema },
  },
  targets: {
    get: { params: idParams, status: 200, response: campaignTargetsSchema },
    set: { params: idParams, body: setCampaignTargetsSchema, status: 200, response: campaignTargetsSchema },
    import: { params: idParams, upload: { 'text/csv': file }, status: 200, response: campaignTargetsSchema },
  },
  indices: {
    campaign: { params: idParams, query: indicesQuerySchema, status: 200, response: campaignIndicesSchema },
    breakdowns: { params: idParams, query: breakdownQuerySchema, status: 200, response: breakdownsSchema },
    timeline: { params: idParams, query: timelineQuerySchema, status: 200, response: timelineSchema },
    agencyTrend: { params: idParams, query: trendQuerySchema, status: 200, response: trendSchema },
  },
  links: {
    list: { params: campaignUnitParams, status: 200, response: z.array(surveyLinkSchema) },
    create: { params: campaignUnitParams, body: createLinkSchema, status: 201, response: surveyLinkSchema },
    revoke: { params: linkCodeParams, status: 200, response: surveyLinkSchema },
    receipts: { params: campaignUnitParams, body: receiptBatchRequestSchema, status: 201, response: receiptBatchSchema },
  },
  audit: {
    list: { query: auditQuerySchema, status: 200, response: auditPageSchema },
  },
  organisations: {
    list: { status: 200, response: z.array(organisationSchema) },
    create: { body: createOrganisationSchema, status: 201, response: organisationSchema },
  },
  plans: {
    list: { status: 200, response: z.array(planSchema) },
    get: { params: idParams, status: 200, response: planSchema },
    create: { body: createPlanSchema, status: 201, response: planSchema },
    update: { params: idParams, body: updatePlanSchema, status: 200, response: planSchema },
    setUnits: { params: idParams, body: setPlanUnitsSchema, status: 200, response: planSchema },
    summary: { params: idParams, status: 200, response: planSummarySchema },
    yearUnits: { params: planYearParams, status: 200, response: planYearUnitsSchema },
  },
  cases: {
    summary: { status: 200, response: caseSummarySchema },
    list: { query: caseListQuerySchema, status: 200, response: z.array(feedbackCaseSchema) },
    get: { params: idParams, status: 200, response: feedbackCaseSchema },
    update: { params: idParams, body: updateCaseSchema, status: 200, response: feedbackCaseSchema },
  },
  caseFigures: {
    campaign: { params: idParams, query: caseFiguresQuerySchema, status: 200, response: z.array(loopFiguresSchema) },
  },
  integrity: {
    campaign: { params: idParams, query: integrityQuerySchema, status: 200, response: campaignIntegritySchema },
    flaggedAnswers: { params: idParams, query: flaggedAnswersQuerySchema, status: 200, response: flaggedAnswersSchema },
    decideFlags: { params: idParams, body: flagReviewSchema, status: 200, response: flagReviewResultSchema },
  },
  publication: {
    get: { params: idParams, status: 200, response: publicationSchema },
    publish: { params: idParams, status: 200, response: publicationSchema },
    withdraw: { params: idParams, status: 200, response: publicationSchema },
    unitNote: { params: campaignUnitParams, status: 200, response: unitResultNoteSchema },
    setUnitNote: { params: campaignUnitParams, body: setUnitResultNoteSchema, status: 200, response: unitResultNoteSchema },
  },
  national: {
    key: { status: 200, response: installationKeySchema },
    provinces: { status: 200, response: z.array(nationalProvinceSchema) },
    registerProvince: { body: registerProvinceSchema, status: 200, response: nationalProvinceSchema },
    ranking: { query: nationalRankingQuerySchema, status: 200, response: nationalRankingSchema },
  },
  languages: {
    list: { status: 200, response: z.array(languageSchema) },
    add: { body: addLanguageSchema, status: 201, response: languageSchema },
    texts: { params: idParams, status: 200, response: questionnaireTextsSchema },
    importWorkbook: { params: idParams, upload: { [XLSX]: file }, status: 200, response: packImportResultSchema },
  },
  paperForms: {
    list: { query: paperFormListQuerySchema, status: 200, response: z.array(paperFormSummarySchema) },
    get: { params: paperSerialParams, status: 200, response: paperFormSchema },
    enter: { params: paperSerialParams, body: paperEntrySchema, status: 201, response: paperFormOutcomeSchema },
    resolve: { params: paperSerialParams, body: paperResolutionSchema, status: 201, response: paperFormOutcomeSchema },
  },
  public: {
    survey: { params: linkCodeParams, query: publicSurveyQuerySchema, status: 200, response: publicSurveySchema },
    respond: { params: linkCodeParams, body: responseSubmissionSchema, status: 201, response: responseAcceptedSchema },
  },
} as const satisfies Record<string, Record<string, Contract>>

export type Contracts = typeof contracts
