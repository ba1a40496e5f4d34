import './results.css'

export { ComparePage } from './ComparePage'
export { OverviewPage } from './OverviewPage'
export { ReportPage } from './ReportPage'
export { UnitPage } from './UnitPage'
