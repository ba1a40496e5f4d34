import type { AppContext } from '../../http/context'
import { createRouter } from '../../http/router'
import { getExportCsv } from './get-export-csv'
import { getExportJson } from './get-export-json'
import { getExportXlsx } from './get-export-xlsx'
import { getResponsesCsv } from './get-responses-csv'

/** Mounted at the API root: its paths sit under /campaigns beside that group. */
export function exportsRoutes(ctx: AppContext) {
  return createRouter()
    .route('/', getExportXlsx(ctx))
    .route('/', getExportCsv(ctx))
    .route('/', getExportJson(ctx))
    .route('/', getResponsesCsv(ctx))
}
