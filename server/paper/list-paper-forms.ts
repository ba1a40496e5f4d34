import { sql } from 'kysely'
import { endpoints } from '../../shared/api/endpoints'
import { requireRole, requireUser } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { createRouter } from '../http/router'

export function listPaperForms(ctx: AppContext) {
  const route = endpointRoute(endpoints.paperForms.list, {
    summary: 'Paper forms whose two entries differ, awaiting a third person (admins: every campaign; surveyors: their team’s)',
    middleware: [requireUser(ctx), requireRole('admin', 'surveyor')],
    returns: 'The forms, oldest first',
  })
  return createRouter().openapi(route, async (c) => {
    const user = c.var.user
    let query = ctx.db
      .selectFrom('paper_forms as f')
      .innerJoin('campaigns as c', 'c.id', 'f.campaign_id')
      .innerJoin('agencies as a', 'a.id', 'f.agency_id')
      .innerJoin('paper_entries as e', 'e.form_id', 'f.id')
      .innerJoin('users as u', 'u.id', 'e.entered_by')
      .select(['f.serial', 'f.campaign_id', 'c.name as campaign_name', 'f.agency_id', 'a.name as unit_name'])
      .select(sql<string[]>`array_agg(u.name order by e.round)`.as('entered_by'))
      .where('f.response_id', 'is', null)
      .groupBy(['f.id', 'f.serial', 'f.campaign_id', 'c.name', 'f.agency_id', 'a.name'])
      .having(sql`count(*)`, '=', 2)
      .orderBy('f.id')
    if (user.role !== 'admin') {
      query = query.where('f.campaign_id', 'in', ctx.db.selectFrom('campaign_team').select('campaign_id').where('user_id', '=', user.id))
    }
    const rows = await query.execute()
    return c.json(
      rows.map((r) => ({
        serial: r.serial,
        campaignId: r.campaign_id,
        campaignName: r.campaign_name,
        agencyId: r.agency_id,
        unitName: r.unit_name,
        enteredBy: r.entered_by,
      })),
      200,
    )
  })
}
