import { createRoute } from '@hono/zod-openapi'
import { idParams } from '../../../shared/api/params'
import { flaggedAnswersQuerySchema, flaggedAnswersSchema } from '../../../shared/integrity/review'
import { requireRole, requireUser } from '../../auth/middleware'
import type { AppContext } from '../../http/context'
import { createRouter } from '../../http/router'
import { listFlaggedAnswers } from '../review/list-flagged-answers'

export function getFlaggedAnswers(ctx: AppContext) {
  const route = createRoute({
    method: 'get',
    path: '/campaigns/{id}/flagged-answers',
    summary: 'The flagged answers for review (admins): unit, link label, hour, reasons, the answer set and any decision, numbered within a new listing',
    middleware: [requireUser(ctx), requireRole('admin')] as const,
    request: { params: idParams, query: flaggedAnswersQuerySchema },
    responses: {
      200: { description: 'The listing', content: { 'application/json': { schema: flaggedAnswersSchema } } },
      403: { description: 'Not an admin' },
      404: { description: 'No such campaign' },
    },
  })
  return createRouter().openapi(route, async (c) => {
    return c.json(await listFlaggedAnswers(ctx, c.var.user, c.req.valid('param').id, c.req.valid('query').agencyId), 200)
  })
}
