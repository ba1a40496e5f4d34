import { endpoints } from '../../shared/api/endpoints'
import { packSourceTexts } from '../../shared/language-packs/texts'
import { recordAudit } from '../audit/record-audit'
import { requireRole, requireUser } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { endpointRoute } from '../http/endpoint-route'
import { ApiError, badRequest, problem } from '../http/errors'
import { createRouter } from '../http/router'
import { loadLanguages } from './load-languages'
import { checkPackSheet } from './pack-sheet'
import { readPackWorkbook, UnreadablePackWorkbook } from './pack-workbook'
import { loadDefinition } from './questionnaire-param'

export function importPackWorkbook(ctx: AppContext) {
  const route = endpointRoute(endpoints.languages.importWorkbook, {
    summary:
      'Import translated texts (admins): every filled language column must be complete and keep the placeholders; any wrong cell refuses the whole file, naming each cell',
    middleware: [requireUser(ctx), requireRole('admin')],
    returns: 'The packs stored, replacing those languages’ earlier texts',
    errors: { 400: 'Not an XLSX, or cells refused: `fields` maps each cell (`D12`) to what is wrong; nothing is stored', 404: 'No such questionnaire' },
  })
  return createRouter().openapi(route, async (c) => {
    const { id } = c.req.valid('param')
    const questionnaire = await loadDefinition(ctx, id)
    let rows: string[][]
    try {
      rows = await readPackWorkbook(new Uint8Array(await c.req.arrayBuffer()))
    } catch (err) {
      if (err instanceof UnreadablePackWorkbook) throw badRequest(err.message, { file: problem('invalid_file', err.message) })
      throw err
    }
    const languages = new Set((await loadLanguages(ctx.db)).map((l) => l.code))
    const result = checkPackSheet(rows, packSourceTexts(questionnaire.definition), languages)
    if ('problems' in result) {
      const fields = Object.fromEntries(result.problems.map((p) => [p.cell, problem(p.code, p.message)]))
      const first = result.problems.slice(0, 5).map((p) => `${p.cell}: ${p.message}`)
      throw new ApiError(400, 'validation_failed', `The spreadsheet was not imported: ${first.join('; ')}${result.problems.length > 5 ? '; …' : ''}`, fields)
    }
    const imported = await ctx.db.transaction().execute(async (trx) => {
      const done: { lang: string; texts: number }[] = []
      for (const [lang, pack] of result.packs) {
        await trx.deleteFrom('language_pack_texts').where('questionnaire_id', '=', id).where('lang', '=', lang).execute()
        await trx
          .insertInto('language_pack_texts')
          .values(Object.entries(pack).map(([key, text]) => ({ questionnaire_id: id, lang, key, text })))
          .execute()
        done.push({ lang, texts: Object.keys(pack).length })
      }
      await recordAudit(trx, { userId: c.var.user.id, action: 'import', entity: 'language_pack', entityId: id, details: { imported: done } })
      return done
    })
    return c.json({ imported }, 200)
  })
}
