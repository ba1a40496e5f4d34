import { createRoute, z } from '@hono/zod-openapi'
import { idParams } from '../../shared/api/params'
import { packSourceTexts } from '../../shared/language-packs/texts'
import { requireUser } from '../auth/middleware'
import { fileSlug } from '../exports/file-names'
import type { AppContext } from '../http/context'
import { createRouter } from '../http/router'
import { loadLanguages } from './load-languages'
import { loadPacks } from './load-packs'
import { buildPackWorkbook, XLSX_TYPE } from './pack-workbook'
import { loadDefinition } from './questionnaire-param'

export function exportPackWorkbook(ctx: AppContext) {
  const route = createRoute({
    method: 'get',
    path: '/questionnaires/{id}/texts.xlsx',
    summary: 'The texts of a questionnaire version and the survey app for translators: one row per text key, one column per language',
    middleware: [requireUser(ctx)] as const,
    request: { params: idParams },
    responses: {
      200: { description: 'The workbook', content: { [XLSX_TYPE]: { schema: z.string().openapi({ format: 'binary' }) } } },
      404: { description: 'No such questionnaire' },
    },
  })
  return createRouter().openapi(route, async (c) => {
    const { id } = c.req.valid('param')
    const questionnaire = await loadDefinition(ctx, id)
    const bytes = await buildPackWorkbook(packSourceTexts(questionnaire.definition), await loadLanguages(ctx.db), await loadPacks(ctx.db, id))
    c.header('Content-Disposition', `attachment; filename="ngon-ngu-${fileSlug(questionnaire.name)}-v${questionnaire.version}.xlsx"`)
    return c.body(bytes, 200, { 'Content-Type': XLSX_TYPE })
  })
}
