import { sql } from 'kysely'
import { IMPORT_COLUMNS, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '../../shared/agencies/import'
import { endpoints } from '../../shared/api/endpoints'
import { recordAudit } from '../audit/record-audit'
import { requireRole } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { ApiError, badRequest, problem } from '../http/errors'
import { createRouter } from '../http/router'
import { headerIndex, planAgencyImport } from './plan-agency-import'
import { readImportFile, UnreadableImportFile } from './read-import-file'

/** Rows per INSERT: well under PostgreSQL's 65,535 parameters, few round trips. */
const INSERT_CHUNK = 1000

const importAgenciesRoute = endpointRoute(endpoints.agencies.import, {
  summary: `Import agencies (admins) from a CSV (UTF-8, UTF-16 with BOM or Windows-1258) or an XLSX workbook, at most ${MAX_IMPORT_ROWS} rows; columns ${IMPORT_COLUMNS.map((c) => c.en).join(',')} or the template's Vietnamese headers; kind as a code or its name`,
  middleware: [requireRole('admin')],
  returns: 'Rows created, and rows rejected with a code and the cell',
  errors: { 400: 'Not a CSV or XLSX with the expected header, or more rows than allowed', 413: 'File too large' },
})

export function importAgencies(ctx: AppContext) {
  return createRouter().openapi(importAgenciesRoute, async (c) => {
    const tooLarge = () => new ApiError(413, 'too_large', `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`)
    if (Number(c.req.header('content-length') ?? 0) > MAX_IMPORT_BYTES) throw tooLarge()
    const bytes = new Uint8Array(await c.req.arrayBuffer())
    if (bytes.byteLength > MAX_IMPORT_BYTES) throw tooLarge()
    let file
    try {
      file = await readImportFile(bytes)
    } catch (err) {
      if (err instanceof UnreadableImportFile) throw badRequest(err.message, { file: problem('invalid_file', err.message) })
      throw err
    }
    const [header, ...records] = file.records
    const columns = headerIndex(header?.fields ?? [])
    if ('missing' in columns) {
      throw badRequest(
        `The first line must be the header ${IMPORT_COLUMNS.map((col) => col.en).join(',')} (or ${IMPORT_COLUMNS.map((col) => col.vi).join(', ')}); missing: ${columns.missing.join(', ')}`,
        { file: problem('missing_columns', 'header') },
      )
    }
    if (records.length > MAX_IMPORT_ROWS)
      throw badRequest(`The file has ${records.length} rows; at most ${MAX_IMPORT_ROWS} can be imported at once`, {
        file: problem('too_many_rows', 'too_many_rows', MAX_IMPORT_ROWS),
      })

    const { created, rejected } = await ctx.db.transaction().execute(async (trx) => {
      const existing = await trx.selectFrom('agencies').select(['id', 'code']).execute()
      const idByCode = new Map(existing.map((a) => [a.code.toLowerCase(), a.id]))
      const stored = new Set(idByCode.keys())
      const plan = planAgencyImport(records, columns.index, stored)
      // First every row (parents already stored get their id now), then the parents from the file.
      for (let start = 0; start < plan.rows.length; start += INSERT_CHUNK) {
        const chunk = plan.rows.slice(start, start + INSERT_CHUNK)
        const inserted = await trx
          .insertInto('agencies')
          .values(chunk.map((row) => ({ name: row.name, code: row.code, kind: row.kind, parent_id: idByCode.get(row.parentCode.toLowerCase()) ?? null })))
          .returning(['id', 'code'])
          .execute()
        for (const row of inserted) idByCode.set(row.code.toLowerCase(), row.id)
      }
      const fromFile = plan.rows.filter((row) => row.parentCode !== '' && !stored.has(row.parentCode.toLowerCase()))
      for (let start = 0; start < fromFile.length; start += INSERT_CHUNK) {
        const chunk = fromFile.slice(start, start + INSERT_CHUNK)
        const ids = chunk.map((row) => idByCode.get(row.code.toLowerCase())!)
        const parents = chunk.map((row) => idByCode.get(row.parentCode.toLowerCase())!)
        await sql`
          update agencies set parent_id = m.parent_id
          from (select unnest(${ids}::int[]) as id, unnest(${parents}::int[]) as parent_id) m
          where agencies.id = m.id`.execute(trx)
      }
      if (plan.rows.length > 0) {
        await recordAudit(trx, {
          userId: c.var.user.id,
          action: 'import',
          entity: 'agency',
          entityId: null,
          details: { created: plan.rows.length, rejected: plan.rejected.length, encoding: file.encoding },
        })
      }
      return { created: plan.rows.length, rejected: plan.rejected }
    })
    return c.json({ created, encoding: file.encoding, rejected }, 200)
  })
}
