import { z } from 'zod'

const positiveId = z.coerce.number().int().positive()
const linkCode = z.string().min(1).max(64)

/** `/{id}`. */
export const idParams = z.object({ id: positiveId })

/** `/campaigns/{id}/units/{agencyId}/…`: a unit of a campaign. */
export const campaignUnitParams = z.object({ id: positiveId, agencyId: positiveId })

/** `/plans/{id}/years/{year}/…`. */
export const planYearParams = z.object({ id: positiveId, year: z.coerce.number().int() })

/** `/paper-forms/{serial}`: the serial as typed or scanned (the server normalises it). */
export const paperSerialParams = z.object({ serial: z.string().max(40) })

/** `/links/{code}/…` and `/public/surveys/{code}/…`: a survey link's code. */
export const linkCodeParams = z.object({ code: linkCode })
