import { endpoints } from '../../shared/api/endpoints'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { createRouter } from '../http/router'
import { keyFingerprint } from './installation-key'

const listProvincesRoute = endpointRoute(endpoints.national.provinces, {
  summary: 'The provinces whose bundles this national installation accepts',
  returns: 'Provinces',
})

export function listProvinces(ctx: AppContext) {
  return createRouter().openapi(listProvincesRoute, async (c) => {
    const rows = await ctx.db
      .selectFrom('national_provinces as p')
      .leftJoin('national_bundles as b', 'b.province_code', 'p.code')
      .select(['p.code', 'p.name', 'p.public_key'])
      .select((eb) => eb.fn.count<number>('b.id').as('bundles'))
      .groupBy(['p.code', 'p.name', 'p.public_key'])
      .orderBy('p.name')
      .execute()
    return c.json(
      rows.map((r) => ({ code: r.code, name: r.name, fingerprint: keyFingerprint(r.public_key), bundles: Number(r.bundles) })),
      200,
    )
  })
}
