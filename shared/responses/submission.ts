import { z } from 'zod'
import { keySchema } from '../questionnaires/definition'
import { storableString } from '../text/storable-text'

export const COMMENT_MAX_LENGTH = 2000

/**
 * `POST /api/v1/public/surveys/:code/responses`. This checks the shape only; the server
 * then checks every key and value against the exact questionnaire version of the link.
 */
export const responseSubmissionSchema = z.object({
  /**
   * Made by the device when the citizen pressed "Send"; replaying it stores nothing twice.
   * Lower-cased here, as PostgreSQL stores a uuid, so a replay in capitals finds the same answer.
   */
  clientId: z.uuid().overwrite((id) => id.toLowerCase()),
  /** When the answer was given on the device (ISO 8601); kiosks queue answers while offline. */
  answeredAt: z.iso.datetime({ offset: true }).optional(),
  /** criterion key → scale value, or null for "no answer" */
  answers: z.record(keySchema, z.number().int().nullable()),
  overall: z.number().int().nullable().optional(),
  /** The filter question: did the citizen give feedback or complain (SIPAS element 5)? */
  gaveFeedback: z.boolean().nullable().optional(),
  expectations: z.array(keySchema).default([]),
  /** perception item key → option key */
  perceptions: z.record(keySchema, keySchema).default({}),
  /** demographic item key (gender, ageBand…) → option key */
  demographics: z.record(keySchema, keySchema).default({}),
  serviceField: keySchema.nullable().optional(),
  comment: storableString().max(COMMENT_MAX_LENGTH).nullable().optional(),
  /** The citizen ticked "I would like an answer" beside the comment: with a comment, it opens a feedback case. */
  wantsReply: z.boolean().optional(),
  /**
   * A single-use receipt code from the appointment slip; marks the response verified. An
   * unknown or spent code does not refuse the answer: it is stored unverified.
   */
  receiptCode: storableString().trim().min(1).max(64).optional(),
})
export type ResponseSubmission = z.infer<typeof responseSubmissionSchema>
export type ResponseSubmissionInput = z.input<typeof responseSubmissionSchema>

/**
 * What the server answers when it has stored an answer (201) or already had it (200). The
 * outbox removes an answer only on a JSON body that echoes its `clientId` (lower-case): a
 * captive portal's or proxy's page never does.
 */
export const responseAcceptedSchema = z.object({
  id: z.number(),
  clientId: z.uuid(),
  /** `none`: no receipt code was given; `unverified`: one was given but is unknown or spent, and the answer is stored all the same. */
  receipt: z.enum(['none', 'verified', 'unverified']),
  /**
   * The feedback case this answer opened: its follow-up code for `/f/<code>`, or null when it
   * opened none. Always sent; optional so that an acknowledgement without it still counts as one.
   */
  followUpCode: z.string().nullable().optional(),
})
export type ResponseAccepted = z.infer<typeof responseAcceptedSchema>
