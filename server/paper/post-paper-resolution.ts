import { endpoints } from '../../shared/api/endpoints'
import { answersToValues, paperFields, valuesToAnswers } from '../../shared/paper/fields'
import { formatSerial } from '../../shared/paper/serial'
import { recordAudit } from '../audit/record-audit'
import { requireRole, requireUser } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { ApiError, type FieldProblems, problem } from '../http/errors'
import { createRouter } from '../http/router'
import { validateSubmission } from '../responses/validate-submission'
import { loadPaperForm, paperFormOutcome } from './load-paper-form'
import { assertEntersCampaign } from './paper-access'
import { paperFormClientId } from './paper-serial'
import { serialSpent, storePaperResponse } from './store-paper-response'

export function postPaperResolution(ctx: AppContext) {
  const route = endpointRoute(endpoints.paperForms.resolve, {
    summary:
      'Resolve a form whose two entries differ: a third person gives the value on the paper for each differing field; the form is stored as one paper response',
    middleware: [requireUser(ctx), requireRole('admin', 'surveyor')],
    returns: 'The form is counted',
    errors: {
      400: 'A differing field is missing, a field given is not one the entries differ on, or a value is not one of its question’s',
      403: 'Not on the campaign’s survey team',
      404: 'unknown_serial',
      409: 'serial_spent, not_a_mismatch (the form does not have two differing entries), entered_by_you (a third person resolves)',
    },
  })
  return createRouter().openapi(route, async (c) => {
    const user = c.var.user
    const { values } = c.req.valid('json')
    const outcome = await ctx.db.transaction().execute(async (trx) => {
      const form = await loadPaperForm(trx, c.req.valid('param').serial, true)
      await assertEntersCampaign(trx, user, form.campaignId)
      const shown = formatSerial(form.serial)
      if (form.responseId !== null) throw serialSpent(shown)
      const { mismatches } = paperFormOutcome(form)
      if (mismatches.length === 0) throw new ApiError(409, 'not_a_mismatch', `Form ${shown} does not have two entries that differ`)
      if (form.entries.some((e) => e.userId === user.id))
        throw new ApiError(409, 'entered_by_you', `You entered form ${shown}: a third person resolves it against the paper`)

      const differing = new Set(mismatches.map((m) => m.field))
      const errors: FieldProblems = {}
      for (const field of differing) if (!(field in values)) errors[`values.${field}`] = problem('required', 'required: the two entries differ on it')
      for (const field of Object.keys(values))
        if (!differing.has(field)) errors[`values.${field}`] = problem('entries_agree', 'the two entries agree on it (or it is not a question of this form)')
      if (Object.keys(errors).length) throw new ApiError(400, 'validation_failed', `Invalid resolution: ${Object.keys(errors).join(', ')}`, errors)

      const fields = paperFields(form.definition)
      const resolved = valuesToAnswers({ ...answersToValues(fields, form.entries[0]!.content), ...values })
      const content = validateSubmission(form.definition, { clientId: paperFormClientId(form.serial), ...resolved })
      form.responseId = await storePaperResponse(trx, form, content, user.id)
      await recordAudit(trx, {
        userId: user.id,
        action: 'resolve',
        entity: 'paper_form',
        entityId: form.serial,
        details: { campaignId: form.campaignId, agencyId: form.agencyId, fields: [...differing], responseId: form.responseId },
      })
      return { ...paperFormOutcome(form), mismatches }
    })
    return c.json(outcome, 201)
  })
}
