import type { Kysely, Transaction } from 'kysely'
import { mismatchedFields, type PaperAnswers, paperFields } from '../../shared/paper/fields'
import type { PaperFormOutcome, PaperFormState } from '../../shared/paper/schemas'
import { formatSerial, isSerial, normaliseSerial } from '../../shared/paper/serial'
import type { QuestionnaireDefinition } from '../../shared/questionnaires/definition'
import type { DatabaseSchema } from '../db/schema'
import { ApiError, problem } from '../http/errors'
import type { ValidatedAnswers } from '../responses/validate-submission'

export interface LoadedPaperForm {
  id: number
  serial: string
  campaignId: number
  campaignName: string
  campaignStatus: string
  questionnaireId: number
  definition: QuestionnaireDefinition
  agencyId: number
  unitName: string
  responseId: number | null
  entries: { round: number; userId: number; userName: string; organisationId: number | null; content: ValidatedAnswers }[]
}

export const unknownSerial = (typed: string) =>
  new ApiError(404, 'unknown_serial', `No paper form has the number ${typed}: check the number printed on the form`, {
    serial: problem('unknown_serial', 'unknown form number'),
  })

/**
 * The form a typed or scanned serial names, with its campaign, questionnaire and entries;
 * `lock` holds its row until the transaction ends, so entries of one form are judged in turn.
 */
export async function loadPaperForm(db: Kysely<DatabaseSchema> | Transaction<DatabaseSchema>, typed: string, lock = false): Promise<LoadedPaperForm> {
  const serial = normaliseSerial(typed)
  if (!isSerial(serial)) throw unknownSerial(typed)
  let query = db.selectFrom('paper_forms').selectAll().where('serial', '=', serial)
  if (lock) query = query.forUpdate()
  const form = await query.executeTakeFirst()
  if (!form) throw unknownSerial(formatSerial(serial))
  const campaign = await db
    .selectFrom('campaigns as c')
    .innerJoin('questionnaires as q', 'q.id', 'c.questionnaire_id')
    .innerJoin('agencies as a', (join) => join.on('a.id', '=', form.agency_id))
    .select(['c.name', 'c.status', 'c.questionnaire_id', 'q.definition', 'a.name as unit_name'])
    .where('c.id', '=', form.campaign_id)
    .executeTakeFirstOrThrow()
  const entries = await db
    .selectFrom('paper_entries as e')
    .innerJoin('users as u', 'u.id', 'e.entered_by')
    .select(['e.round', 'e.entered_by', 'e.content', 'u.name', 'u.organisation_id'])
    .where('e.form_id', '=', form.id)
    .orderBy('e.round')
    .execute()
  return {
    id: form.id,
    serial,
    campaignId: form.campaign_id,
    campaignName: campaign.name,
    campaignStatus: campaign.status,
    questionnaireId: campaign.questionnaire_id,
    definition: campaign.definition,
    agencyId: form.agency_id,
    unitName: campaign.unit_name,
    responseId: form.response_id,
    entries: entries.map((e) => ({ round: e.round, userId: e.entered_by, userName: e.name, organisationId: e.organisation_id, content: e.content })),
  }
}

/** Where a form stands: an agreeing second entry stores the response in the same transaction, so two entries without one differ. */
export function paperFormOutcome(form: LoadedPaperForm): PaperFormOutcome {
  const [first, second] = form.entries
  const mismatches =
    first && second && form.responseId === null
      ? mismatchedFields(paperFields(form.definition), first.content as PaperAnswers, second.content as PaperAnswers)
      : []
  const state: PaperFormState = form.responseId !== null ? 'counted' : second ? 'mismatch' : first ? 'entered_once' : 'open'
  return { serial: form.serial, state, responseId: form.responseId, mismatches }
}
