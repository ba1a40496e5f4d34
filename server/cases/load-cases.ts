import { isPastDue } from '../../shared/calendar/working-days'
import type { FeedbackCase } from '../../shared/cases/schemas'
import type { AppContext } from '../http/context'

/** `open`: new or in progress; `overdue`: open and past its due day. */
export type CaseFilterStatus = FeedbackCase['status'] | 'open' | 'overdue'

export interface CaseFilter {
  /** The agencies the account may see; null for all. */
  agencyIds: Set<number> | null
  caseId?: number | undefined
  status?: CaseFilterStatus | undefined
  agencyId?: number | undefined
  campaignId?: number | undefined
  /** Today in Viet Nam, `YYYY-MM-DD`, for overdue. */
  today: string
}

const OPEN_STATUSES = ['new', 'in_progress'] as const

/** Cases with their answer's (masked) comment, campaign and unit, oldest deadline first. */
export async function loadCases(ctx: AppContext, filter: CaseFilter): Promise<FeedbackCase[]> {
  if (filter.agencyIds?.size === 0) return []
  let query = ctx.db
    .selectFrom('feedback_cases as f')
    .innerJoin('responses as r', 'r.id', 'f.response_id')
    .innerJoin('campaigns as c', 'c.id', 'f.campaign_id')
    .innerJoin('agencies as a', 'a.id', 'f.agency_id')
    .select([
      'f.id',
      'f.code',
      'f.campaign_id',
      'c.name as campaign_name',
      'f.agency_id',
      'a.name as agency_name',
      'f.status',
      'f.requested',
      'f.dissatisfied',
      'r.comment',
      'r.comment_masks',
      'r.overall',
      'r.channel',
      'f.public_reply',
      'f.internal_note',
      'f.opened_at',
      'f.due_on',
      'f.answered_at',
    ])
    .orderBy('f.due_on')
    .orderBy('f.id')
  if (filter.agencyIds) query = query.where('f.agency_id', 'in', [...filter.agencyIds])
  if (filter.caseId !== undefined) query = query.where('f.id', '=', filter.caseId)
  if (filter.agencyId !== undefined) query = query.where('f.agency_id', '=', filter.agencyId)
  if (filter.campaignId !== undefined) query = query.where('f.campaign_id', '=', filter.campaignId)
  if (filter.status === 'open') query = query.where('f.status', 'in', OPEN_STATUSES)
  else if (filter.status === 'overdue') query = query.where('f.status', 'in', OPEN_STATUSES).where('f.due_on', '<', filter.today)
  else if (filter.status !== undefined) query = query.where('f.status', '=', filter.status)
  const rows = await query.execute()
  return rows.map((row) => ({
    id: row.id,
    code: row.code,
    campaignId: row.campaign_id,
    campaignName: row.campaign_name,
    agencyId: row.agency_id,
    agencyName: row.agency_name,
    status: row.status,
    requested: row.requested,
    dissatisfied: row.dissatisfied,
    comment: row.comment,
    commentMasks: row.comment_masks,
    overall: row.overall,
    channel: row.channel,
    publicReply: row.public_reply,
    internalNote: row.internal_note,
    openedAt: row.opened_at.toISOString(),
    dueOn: row.due_on,
    answeredAt: row.answered_at?.toISOString() ?? null,
    overdue: (OPEN_STATUSES as readonly string[]).includes(row.status) && isPastDue(row.due_on, filter.today),
  }))
}
