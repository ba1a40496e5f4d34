import { endpoints } from '../../shared/api/endpoints'
import { parseCsv } from '../agencies/parse-csv'
import { requireRole, requireUser } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { ApiError, badRequest, type FieldProblems, problem } from '../http/errors'
import { createRouter } from '../http/router'
import { saveTargets } from './save-targets'

const MAX_CSV_BYTES = 256 * 1024
export const TARGET_CSV_COLUMNS = ['agencyCode', 'transactions'] as const

export function importCampaignTargets(ctx: AppContext) {
  const route = endpointRoute(endpoints.targets.import, {
    summary: 'Set units’ transactions N from CSV (admins): header agencyCode,transactions; an empty N clears it. All rows or none',
    middleware: [requireUser(ctx), requireRole('admin')],
    returns: 'The targets',
    errors: { 400: 'Not the expected CSV, or bad rows (error.fields: `line N`)' },
  })
  return createRouter().openapi(route, async (c) => {
    const { id } = c.req.valid('param')
    const body = await c.req.text()
    if (Buffer.byteLength(body) > MAX_CSV_BYTES) throw new ApiError(413, 'too_large', 'The CSV file is larger than 256 KB')
    let records
    try {
      records = parseCsv(body)
    } catch (err) {
      throw badRequest(`Not a valid CSV file: ${(err as Error).message}`)
    }
    const columns = records.shift()?.fields.map((name) => name.trim().toLowerCase()) ?? []
    const [codeAt, transactionsAt] = TARGET_CSV_COLUMNS.map((name) => columns.indexOf(name.toLowerCase()))
    if (codeAt === -1 || transactionsAt === -1) throw badRequest(`The first line must be the header ${TARGET_CSV_COLUMNS.join(',')}`)
    const targets = await ctx.db.transaction().execute(async (trx) => {
      const codes = await trx
        .selectFrom('campaign_units')
        .innerJoin('agencies', 'agencies.id', 'campaign_units.agency_id')
        .select(['agencies.id', 'agencies.code'])
        .where('campaign_units.campaign_id', '=', id)
        .execute()
      const byCode = new Map(codes.map((a) => [a.code.toLowerCase(), a.id]))
      const fields: FieldProblems = {}
      const units: { agencyId: number; transactions: number | null }[] = []
      for (const { line, fields: row } of records) {
        const code = (row[codeAt!] ?? '').trim()
        const text = (row[transactionsAt!] ?? '').trim().replace(/[\s.,](?=\d{3}\b)/g, '')
        const agencyId = byCode.get(code.toLowerCase())
        const transactions = text === '' ? null : /^\d+$/.test(text) ? Number(text) : NaN
        if (agencyId === undefined) fields[`line ${line}`] = problem('not_in_campaign', `agencyCode ${code || '(empty)'} is not a unit of this campaign`)
        else if (Number.isNaN(transactions)) fields[`line ${line}`] = problem('not_whole_number', 'transactions must be a whole number, not negative')
        else units.push({ agencyId, transactions })
      }
      if (Object.keys(fields).length) throw badRequest('Some rows cannot be read', fields)
      return saveTargets(trx, c.var.user, id, { units })
    })
    return c.json(targets, 200)
  })
}
