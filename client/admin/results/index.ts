import './results.css'

export { OverviewPage } from './OverviewPage'
export { UnitPage } from './UnitPage'
export { ComparePage } from './ComparePage'
export { ReportPage } from './ReportPage'
