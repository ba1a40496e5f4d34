import type { AppContext } from '../../http/context'
import { createRouter } from '../../http/router'
import { ExportSlots } from '../export-slots'
import { getCasesCsv } from './get-cases-csv'
import { getExportCsv } from './get-export-csv'
import { getExportJson } from './get-export-json'
import { getExportXlsx } from './get-export-xlsx'
import { getResponsesCsv } from './get-responses-csv'

/** Mounted at the API root: its paths sit under /campaigns beside that group. */
export function exportsRoutes(ctx: AppContext) {
  // Two report exports build at once, six more wait; the raw CSV streams in batches and needs no slot.
  const slots = new ExportSlots(2, 6)
  return createRouter()
    .route('/', getExportXlsx(ctx, slots))
    .route('/', getExportCsv(ctx, slots))
    .route('/', getExportJson(ctx, slots))
    .route('/', getResponsesCsv(ctx))
    .route('/', getCasesCsv(ctx))
}
