import type { AppContext } from '../http/context'
import { createRouter } from '../http/router'
import { getPaperForm } from './get-paper-form'
import { getPaperForms } from './get-paper-forms'
import { listPaperForms } from './list-paper-forms'
import { postPaperEntry } from './post-paper-entry'
import { postPaperResolution } from './post-paper-resolution'

/**
 * Mounted at the API root: printing forms sits under /campaigns/{id}/units/{agencyId}
 * (admins, unit managers for their units); entry and resolution under /paper-forms
 * (admins, the campaign's survey team).
 */
export function paperRoutes(ctx: AppContext) {
  return createRouter()
    .route('/', getPaperForms(ctx))
    .route('/', listPaperForms(ctx))
    .route('/', getPaperForm(ctx))
    .route('/', postPaperEntry(ctx))
    .route('/', postPaperResolution(ctx))
}
