import { createRoute, z } from '@hono/zod-openapi'
import { agencyImportReportSchema, createAgencySchema, type AgencyImportReport } from '../../shared/agencies/schemas'
import type { AppContext } from '../http/context'
import { ApiError, badRequest, zodFieldErrors } from '../http/errors'
import { createRouter } from '../http/router'
import { requireRole } from '../auth/middleware'
import { recordAudit } from '../audit/record-audit'
import { parseCsv } from './parse-csv'

export const IMPORT_COLUMNS = ['name', 'code', 'kind', 'parentCode'] as const
const MAX_IMPORT_BYTES = 1024 * 1024

const importAgenciesRoute = createRoute({
  method: 'post',
  path: '/import',
  summary: 'Import agencies from CSV (admins): header name,code,kind,parentCode; UTF-8, BOM optional',
  middleware: [requireRole('admin')] as const,
  request: { body: { content: { 'text/csv': { schema: z.string() } }, required: true } },
  responses: {
    200: { description: 'Rows created, and rows rejected with the reason', content: { 'application/json': { schema: agencyImportReportSchema } } },
    400: { description: 'Not a CSV with the expected header' },
  },
})

interface Row {
  line: number
  name: string
  code: string
  kind: z.infer<typeof createAgencySchema>['kind']
  parentCode: string
}

export function importAgencies(ctx: AppContext) {
  return createRouter().openapi(importAgenciesRoute, async (c) => {
    const body = await c.req.text()
    if (Buffer.byteLength(body) > MAX_IMPORT_BYTES) throw new ApiError(413, 'too_large', 'The CSV file is larger than 1 MB')
    let records
    try {
      records = parseCsv(body)
    } catch (err) {
      throw badRequest(`Not a valid CSV file: ${(err as Error).message}`)
    }
    const header = records.shift()
    const columns = header?.fields.map((name) => name.trim().toLowerCase()) ?? []
    const index = Object.fromEntries(IMPORT_COLUMNS.map((name) => [name, columns.indexOf(name.toLowerCase())]))
    const missing = IMPORT_COLUMNS.filter((name) => index[name] === -1)
    if (missing.length > 0) throw badRequest(`The first line must be the header ${IMPORT_COLUMNS.join(',')}; missing: ${missing.join(', ')}`)

    const rejected: AgencyImportReport['rejected'] = []
    const reject = (line: number, reason: string, field?: string) => rejected.push({ line, reason, ...(field && { field }) })
    const rows: Row[] = []
    for (const record of records) {
      const cell = (name: (typeof IMPORT_COLUMNS)[number]) => record.fields[index[name]!]?.trim() ?? ''
      const parsed = createAgencySchema.safeParse({ name: cell('name'), code: cell('code'), kind: cell('kind') })
      if (!parsed.success) {
        const [field, message] = Object.entries(zodFieldErrors(parsed.error))[0]!
        reject(record.line, `${field}: ${message}`, field)
        continue
      }
      rows.push({ line: record.line, ...parsed.data, parentCode: cell('parentCode') })
    }

    const created = await ctx.db.transaction().execute(async (trx) => {
      const existing = await trx.selectFrom('agencies').select(['id', 'code']).execute()
      const idByCode = new Map(existing.map((a) => [a.code.toLowerCase(), a.id]))
      const seen = new Set<string>()
      let pending: Row[] = []
      for (const row of rows) {
        const code = row.code.toLowerCase()
        if (idByCode.has(code)) reject(row.line, 'code: an agency with this code already exists', 'code')
        else if (seen.has(code)) reject(row.line, 'code: appears twice in the file', 'code')
        else {
          seen.add(code)
          pending.push(row)
        }
      }
      // Parents may come later in the file than their children: insert in rounds, each
      // round the rows whose parent is known by now.
      let count = 0
      for (;;) {
        const ready = pending.filter((row) => row.parentCode === '' || idByCode.has(row.parentCode.toLowerCase()))
        if (ready.length === 0) break
        for (const row of ready) {
          const { id } = await trx
            .insertInto('agencies')
            .values({ name: row.name, code: row.code, kind: row.kind, parent_id: row.parentCode ? idByCode.get(row.parentCode.toLowerCase())! : null })
            .returning('id')
            .executeTakeFirstOrThrow()
          idByCode.set(row.code.toLowerCase(), id)
          count++
        }
        pending = pending.filter((row) => !ready.includes(row))
      }
      for (const row of pending) reject(row.line, 'parentCode: no agency with this code, in the database or among the valid rows', 'parentCode')
      if (count > 0) await recordAudit(trx, { userId: c.var.user.id, action: 'import', entity: 'agency', entityId: null, details: { created: count, rejected: rejected.length } })
      return count
    })
    rejected.sort((a, b) => a.line - b.line)
    return c.json({ created, rejected }, 200)
  })
}
