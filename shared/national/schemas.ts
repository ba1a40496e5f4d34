import { z } from 'zod'
import { estimateSchema } from '../indices/schemas'
import { questionnaireDefinitionSchema, scoringSchema } from '../questionnaires/definition'
import { questionnaireKindSchema } from '../questionnaires/schemas'

const count = z.number().int().min(0)
const counts = z.record(z.string(), count)

/** A unit's rollup sums, as the indices are computed from them: no response-level data. */
export const unitSumsSchema = z.object({
  respondents: count,
  scored: count,
  /** criterion → answer value → count */
  answers: z.record(z.string(), counts),
  elementRespondents: counts,
  overall: counts,
  expectations: counts,
  expectationAnswered: count,
  /** `a|b` → cross sums of two elements' scores, for the linearised variance */
  moments: z.record(z.string(), z.object({ yy: z.number(), ym: z.number(), my: z.number(), mm: z.number() })),
  /** Flagged answers left out of the sums. */
  flagged: count,
})
export type UnitSums = z.infer<typeof unitSumsSchema>

export const provinceCodeSchema = z
  .string()
  .trim()
  .regex(/^[A-Z0-9-]{2,12}$/, 'upper-case letters, digits and dashes, 2–12 characters')

/** What a province publishes for one campaign; signed as its canonical JSON. */
export const campaignBundlePayloadSchema = z.object({
  format: z.literal('hai-long.campaign-bundle'),
  formatVersion: z.literal(1),
  province: z.object({ code: provinceCodeSchema, name: z.string().min(1).max(200) }),
  campaign: z.object({ id: z.number().int(), name: z.string(), year: z.number().int(), scoring: scoringSchema }),
  questionnaire: z.object({
    id: z.number().int(),
    kind: questionnaireKindSchema,
    name: z.string(),
    version: z.number().int(),
    definition: questionnaireDefinitionSchema,
  }),
  method: z.string(),
  issuedAt: z.string(),
  units: z.array(z.object({ code: z.string(), name: z.string(), sums: unitSumsSchema })).max(5000),
})
export type CampaignBundlePayload = z.infer<typeof campaignBundlePayloadSchema>

export const signedBundleSchema = z.object({
  payload: campaignBundlePayloadSchema,
  signature: z.object({
    algorithm: z.literal('Ed25519'),
    /** base64 DER (SPKI) */
    publicKey: z.string().max(200),
    /** base64 */
    value: z.string().max(200),
  }),
})
export type SignedBundle = z.infer<typeof signedBundleSchema>

export const installationKeySchema = z.object({
  /** base64 DER (SPKI): what a national installation registers for this province */
  publicKey: z.string(),
  /** SHA-256 of the key, in groups, to compare over the phone */
  fingerprint: z.string(),
})
export type InstallationKey = z.infer<typeof installationKeySchema>

export const registerProvinceSchema = z.object({
  code: provinceCodeSchema,
  name: z.string().trim().min(1, 'is required').max(200),
  publicKey: z.string().trim().min(1, 'is required').max(200),
})
export type RegisterProvince = z.infer<typeof registerProvinceSchema>

export const nationalProvinceSchema = z.object({ code: z.string(), name: z.string(), fingerprint: z.string(), bundles: z.number() })
export type NationalProvince = z.infer<typeof nationalProvinceSchema>

export const importResultSchema = z.object({
  status: z.enum(['imported', 'replaced', 'unchanged']),
  province: z.string(),
  campaign: z.string(),
  year: z.number(),
  units: z.number(),
})
export type ImportResult = z.infer<typeof importResultSchema>

export const nationalRankingQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  kind: questionnaireKindSchema,
})
export type NationalRankingQuery = z.infer<typeof nationalRankingQuerySchema>

export const nationalRankingSchema = z.object({
  year: z.number(),
  kind: questionnaireKindSchema,
  unit: z.enum(['percent', 'points']),
  provinces: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      campaigns: z.array(z.string()),
      /** Unweighted mean of the units' indices, as each province reports it. */
      index: z.number().nullable(),
      units: z.number(),
      n: z.number(),
      rank: z.number().nullable(),
    }),
  ),
  units: z.array(
    z.object({
      provinceCode: z.string(),
      provinceName: z.string(),
      code: z.string(),
      name: z.string(),
      sipas: estimateSchema,
      rank: z.number().nullable(),
    }),
  ),
})
export type NationalRanking = z.infer<typeof nationalRankingSchema>
