import type { Transaction } from 'kysely'
import type { DatabaseSchema } from '../db/schema'
import { ApiError, problem } from '../http/errors'
import { maskedItems } from '../responses/mask-personal-data'
import { insertResponses } from '../responses/response-writer'
import type { ValidatedAnswers } from '../responses/validate-submission'
import type { LoadedPaperForm } from './load-paper-form'
import { paperFormClientId } from './paper-serial'

export const serialSpent = (serial: string) =>
  new ApiError(409, 'serial_spent', `Form ${serial} is already entered and counted: a form counts once`, {
    serial: problem('already_counted', 'already counted'),
  })

/**
 * The form becomes one `paper` response, written like every other answer (queued for the
 * rollups), in the caller's transaction that holds the form's row. The surveyor is the
 * first enterer, with their organisation.
 */
export async function storePaperResponse(
  trx: Transaction<DatabaseSchema>,
  form: LoadedPaperForm,
  content: ValidatedAnswers,
  resolvedBy: number | null,
): Promise<number> {
  const first = form.entries[0]!
  const [stored] = await insertResponses(trx, [
    {
      clientId: paperFormClientId(form.serial),
      campaignId: form.campaignId,
      agencyId: form.agencyId,
      questionnaireId: form.questionnaireId,
      linkId: null,
      channel: 'paper',
      surveyorId: first.userId,
      organisationId: first.organisationId,
      content,
      commentMasks: maskedItems(content.comment),
      reasons: [],
      verified: false,
    },
  ])
  if (!stored) throw serialSpent(form.serial)
  await trx.updateTable('paper_forms').set({ response_id: stored.id, resolved_by: resolvedBy }).where('id', '=', form.id).execute()
  return stored.id
}
