import { requireUser } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { createRouter } from '../http/router'
import { getPublication } from './get-publication'
import { getUnitNote } from './get-unit-note'
import { publishResults } from './publish-results'
import { setUnitNote } from './set-unit-note'
import { withdrawResults } from './withdraw-results'

/** Mounted at the API root: publishing a campaign's results, and the units' notes for their results posters. */
export function publicationRoutes(ctx: AppContext) {
  const router = createRouter()
  for (const path of ['/campaigns/:id/publication', '/campaigns/:id/units/:agencyId/result-note']) router.use(path, requireUser(ctx))
  return router
    .route('/', getPublication(ctx))
    .route('/', publishResults(ctx))
    .route('/', withdrawResults(ctx))
    .route('/', getUnitNote(ctx))
    .route('/', setUnitNote(ctx))
}
