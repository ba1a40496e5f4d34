import type { AppContext } from '../http/context'
import { createRouter } from '../http/router'
import { addLanguage } from './add-language'
import { exportPackWorkbook } from './export-pack-workbook'
import { getQuestionnaireTexts } from './get-questionnaire-texts'
import { importPackWorkbook } from './import-pack-workbook'
import { listLanguages } from './list-languages'
import { putRecording } from './put-recording'

/** Mounted at the API root: languages, and each questionnaire version's packs and recordings under /questionnaires. */
export function languagesRoutes(ctx: AppContext) {
  return createRouter()
    .route('/', listLanguages(ctx))
    .route('/', addLanguage(ctx))
    .route('/', getQuestionnaireTexts(ctx))
    .route('/', exportPackWorkbook(ctx))
    .route('/', importPackWorkbook(ctx))
    .route('/', putRecording(ctx))
}
