import { endpoints } from '../../shared/api/endpoints'
import { recordAudit } from '../audit/record-audit'
import { requireRole, requireUser } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { conflict, problem } from '../http/errors'
import { createRouter } from '../http/router'

export function addLanguage(ctx: AppContext) {
  const route = endpointRoute(endpoints.languages.add, {
    summary: 'Add a language by its code and its own name (admins); its texts come with a pack per questionnaire',
    middleware: [requireUser(ctx), requireRole('admin')],
    returns: 'Added',
    errors: { 409: 'A language with this code exists (`fields.code`)' },
  })
  return createRouter().openapi(route, async (c) => {
    const { code, name } = c.req.valid('json')
    const added = await ctx.db.transaction().execute(async (trx) => {
      const existing = await trx.selectFrom('languages').select('code').where('code', '=', code).executeTakeFirst()
      if (existing) throw conflict(`The language ${code} exists already`, { code: problem('exists_already', 'exists already') })
      const row = await trx.insertInto('languages').values({ code, name }).returning(['code', 'name', 'builtin']).executeTakeFirstOrThrow()
      await recordAudit(trx, { userId: c.var.user.id, action: 'create', entity: 'language', entityId: code, details: { name } })
      return row
    })
    return c.json(added, 201)
  })
}
