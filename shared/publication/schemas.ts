import { z } from 'zod'

/** Whether a campaign's results are public (`/ket-qua`); only a closed campaign can be published. */
export const publicationSchema = z.object({
  campaignId: z.number(),
  published: z.boolean(),
  /** ISO time of the last publishing; null while not published. */
  publishedAt: z.string().nullable(),
  /** Bumped at each publish and withdrawal. */
  version: z.number(),
})
export type Publication = z.infer<typeof publicationSchema>

export const MAX_RESULT_NOTE_LENGTH = 600

/** What a unit does about its weakest criteria, printed on its results poster. */
export const unitResultNoteSchema = z.object({
  campaignId: z.number(),
  agencyId: z.number(),
  text: z.string(),
  /** Null when nothing was typed yet. */
  updatedAt: z.string().nullable(),
})
export type UnitResultNote = z.infer<typeof unitResultNoteSchema>

export const setUnitResultNoteSchema = z.object({ text: z.string().trim().max(MAX_RESULT_NOTE_LENGTH) })
export type SetUnitResultNote = z.infer<typeof setUnitResultNoteSchema>
