import { z } from 'zod'
import { responseAcceptedSchema, responseSubmissionSchema } from '../responses/submission'

/** `POST /api/v1/field/sessions`: a surveyor logs a device in for field work. */
export const fieldLoginSchema = z.object({
  email: z.string().trim().toLowerCase().email(),
  password: z.string().min(1).max(200),
  /** What the surveyor calls the device, shown to admins beside the session. */
  deviceLabel: z.string().trim().min(1, 'is required').max(100),
})
export type FieldLogin = z.infer<typeof fieldLoginSchema>

export const fieldSurveyorSchema = z.object({
  id: z.number(),
  name: z.string(),
  email: z.string(),
  organisationName: z.string().nullable(),
})
export type FieldSurveyor = z.infer<typeof fieldSurveyorSchema>

export const fieldDeviceSchema = z.object({
  surveyor: fieldSurveyorSchema,
  deviceLabel: z.string(),
  expiresAt: z.string(),
})
export type FieldDevice = z.infer<typeof fieldDeviceSchema>

/**
 * `POST /api/v1/field/responses`: interviews of one campaign unit, each as the public survey
 * sends it (no receipt code: the surveyor stands for the answer's origin). Idempotent by clientId.
 */
export const fieldResponseBatchSchema = z.object({
  campaignId: z.number().int().positive(),
  agencyId: z.number().int().positive(),
  responses: z
    .array(responseSubmissionSchema.omit({ receiptCode: true }))
    .min(1)
    .max(100),
})
export type FieldResponseBatch = z.infer<typeof fieldResponseBatchSchema>
export type FieldResponseBatchInput = z.input<typeof fieldResponseBatchSchema>

export const fieldBatchAcceptedSchema = z.object({ responses: z.array(responseAcceptedSchema) })
export type FieldBatchAccepted = z.infer<typeof fieldBatchAcceptedSchema>

/** A device session as admins see it (`GET /api/v1/device-sessions`). */
export const deviceSessionSchema = z.object({
  id: z.number(),
  userId: z.number(),
  userName: z.string(),
  userEmail: z.string(),
  organisationName: z.string().nullable(),
  label: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
})
export type DeviceSession = z.infer<typeof deviceSessionSchema>
