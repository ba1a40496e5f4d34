import { endpoints } from '../../shared/api/endpoints'
import { mismatchedFields, paperFields } from '../../shared/paper/fields'
import { formatSerial } from '../../shared/paper/serial'
import { recordAudit } from '../audit/record-audit'
import { requireRole, requireUser } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { ApiError } from '../http/errors'
import { createRouter } from '../http/router'
import { maskPersonalData } from '../responses/mask-personal-data'
import { validateSubmission } from '../responses/validate-submission'
import { loadPaperForm, paperFormOutcome } from './load-paper-form'
import { assertEntersCampaign } from './paper-access'
import { paperFormClientId } from './paper-serial'
import { serialSpent, storePaperResponse } from './store-paper-response'

export function postPaperEntry(ctx: AppContext) {
  const route = endpointRoute(endpoints.paperForms.enter, {
    summary: 'Enter a paper form: the second entry by another account that agrees with the first stores it as one paper response',
    middleware: [requireUser(ctx), requireRole('admin', 'surveyor')],
    returns: 'The entry is stored; where the form stands',
    errors: {
      400: 'An answer is not one of its question’s (the field is named)',
      403: 'Not on the campaign’s survey team',
      404: 'unknown_serial: no form has this number',
      409: 'serial_spent (already counted), entered_by_you (the second entry is another account’s), awaiting_resolution, campaign_not_open',
    },
  })
  return createRouter().openapi(route, async (c) => {
    const user = c.var.user
    const outcome = await ctx.db.transaction().execute(async (trx) => {
      const form = await loadPaperForm(trx, c.req.valid('param').serial, true)
      await assertEntersCampaign(trx, user, form.campaignId)
      const shown = formatSerial(form.serial)
      if (form.responseId !== null) throw serialSpent(shown)
      if (form.campaignStatus !== 'open') throw new ApiError(409, 'campaign_not_open', 'The campaign of this form is not open: its answers cannot change')
      if (form.entries.some((e) => e.userId === user.id))
        throw new ApiError(409, 'entered_by_you', `You have already entered form ${shown}: the second entry must be typed by another account`)
      if (form.entries.length >= 2)
        throw new ApiError(409, 'awaiting_resolution', `Form ${shown} has two entries that differ: a third person resolves them against the paper`)
      const validated = validateSubmission(form.definition, { clientId: paperFormClientId(form.serial), ...c.req.valid('json') })
      // a comment copied from the paper is masked before it is stored, as a citizen's typed one
      const content = { ...validated, comment: validated.comment === null ? null : maskPersonalData(validated.comment).text }
      const round = form.entries.length === 0 ? 1 : 2
      await trx
        .insertInto('paper_entries')
        .values({ form_id: form.id, round, entered_by: user.id, content: JSON.stringify(content) })
        .execute()
      form.entries.push({ round, userId: user.id, userName: user.name, organisationId: user.organisationId, content })
      const agrees = round === 2 && mismatchedFields(paperFields(form.definition), form.entries[0]!.content, content).length === 0
      if (agrees) form.responseId = await storePaperResponse(trx, form, content, null)
      const result = paperFormOutcome(form)
      await recordAudit(trx, {
        userId: user.id,
        action: 'enter',
        entity: 'paper_form',
        entityId: form.serial,
        details: {
          round,
          campaignId: form.campaignId,
          agencyId: form.agencyId,
          state: result.state,
          responseId: result.responseId,
          mismatches: result.mismatches.map((m) => m.field),
        },
      })
      return result
    })
    return c.json(outcome, 201)
  })
}
