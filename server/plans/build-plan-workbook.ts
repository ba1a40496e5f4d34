import type { PlanSummary } from '../../shared/plans/schemas'
import { addTable } from '../exports/build-workbook'
import { newWorkbook } from '../exports/new-workbook'
import { planLoopTable } from './plan-loop-table'
import { neverSurveyedTable, planUnitsTable, planYearsTable } from './plan-tables'

/** The end-of-plan report: units by year, the province per year, units never surveyed, feedback cases answered. */
export async function buildPlanWorkbook(summary: PlanSummary): Promise<Buffer> {
  const workbook = await newWorkbook()
  workbook.creator = 'Hài Lòng'
  const { plan } = summary
  const decision = plan.decisionNumber ? ` (${plan.decisionNumber}${plan.decisionDate ? `, ${plan.decisionDate}` : ''})` : ''
  const title = `${plan.name}${decision}, ${plan.firstYear}–${plan.lastYear}`
  addTable(workbook, 'Đơn vị theo năm', title, planUnitsTable(summary), title)
  addTable(workbook, 'Chỉ số của tỉnh', `${title}: chỉ số của tỉnh theo năm`, planYearsTable(summary), title)
  addTable(workbook, 'Chưa khảo sát', `${title}: đơn vị theo kế hoạch chưa được khảo sát`, neverSurveyedTable(summary), title)
  addTable(workbook, 'Trả lời ý kiến', `${title}: trả lời ý kiến của người dân`, planLoopTable(summary), title)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
