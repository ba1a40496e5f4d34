import { createRoute } from '@hono/zod-openapi'
import { idParams } from '../../../shared/api/params'
import { flagReviewResultSchema, flagReviewSchema } from '../../../shared/integrity/review'
import { requireRole, requireUser } from '../../auth/middleware'
import type { AppContext } from '../../http/context'
import { createRouter } from '../../http/router'
import { decideFlagReview } from '../review/decide-flag-review'

export function postFlagReview(ctx: AppContext) {
  const route = createRoute({
    method: 'post',
    path: '/campaigns/{id}/flagged-answers/decisions',
    summary: 'Count (include) or leave out (exclude) flagged answers of a listing, with a reason, or undo (admins; audited)',
    middleware: [requireUser(ctx), requireRole('admin')] as const,
    request: { params: idParams, body: { content: { 'application/json': { schema: flagReviewSchema } }, required: true } },
    responses: {
      200: { description: 'How many answers changed', content: { 'application/json': { schema: flagReviewResultSchema } } },
      400: { description: 'No reason, an unknown or expired listing, or an item not in it (named in error.fields)' },
      403: { description: 'Not an admin' },
      404: { description: 'No such campaign' },
    },
  })
  return createRouter().openapi(route, async (c) => {
    return c.json(await decideFlagReview(ctx, c.var.user, c.req.valid('param').id, c.req.valid('json')), 200)
  })
}
