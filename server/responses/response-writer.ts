import type { Kysely, Transaction } from 'kysely'
import type { ResponseChannel } from '../../shared/responses/channels'
import type { CaseTrigger } from '../cases/case-trigger'
import { insertFeedbackCases } from '../cases/insert-feedback-cases'
import { errorMessage } from '../db/database'
import type { DatabaseSchema } from '../db/schema'
import type { ResponseRow } from '../db/schema/response'
import type { Channel } from '../db/schema/survey-link'
import { isDataError, sqlState } from '../db/sql-state'
import { isDatabaseUnavailable } from '../db/unavailable'
import { serviceUnavailable } from '../http/errors'
import type { Logger } from '../log'
import { unitRemoved } from '../surveys/load-survey-link'
import type { ClockFlag } from './answer-clock'
import { burstSignature, judgeBursts, type SourcedSighting } from './burst-detector'
import { deleteExpiredBurstSightings } from './burst-sightings/delete-expired-burst-sightings'
import { insertBurstSightings } from './burst-sightings/insert-burst-sightings'
import { lockBurstSources } from './burst-sightings/lock-burst-sources'
import { recentBurstSightings } from './burst-sightings/recent-burst-sightings'
import type { ValidatedAnswers } from './validate-submission'

/**
 * Where an answer came from: a survey link (kiosk, QR; the kiosk interval and bursts are judged
 * per link) or a surveyor (an interview; bursts are judged per surveyor, no interval applies).
 */
export type AnswerOrigin = { channel: Channel; linkId: number } | { channel: 'interview'; surveyorId: number; organisationId: number | null }

/** Bursts are counted per link, or per surveyor for interviews. */
const burstSource = (origin: AnswerOrigin) => ('linkId' in origin ? `link:${origin.linkId}` : `surveyor:${origin.surveyorId}`)

export interface ResponseDraft {
  clientId: string
  origin: AnswerOrigin
  campaignId: number
  agencyId: number
  questionnaireId: number
  /**
   * When the citizen pressed "Send", by the device's clock bounded by the server's (see
   * answer-clock); used for the kiosk interval and bursts only, never stored.
   */
  answeredAt: Date
  /** When the server received it; used for bursts only, never stored. */
  receivedAt: Date
  /** Set when the device's time could not be reconciled with the server's: the answer is flagged. */
  clockFlag: ClockFlag | null
  /** sha-256 of a receipt code from the appointment slip, when one was given. */
  receiptHash: string | null
  /** The comment is already masked; this counts what was masked out of it. */
  content: ValidatedAnswers
  commentMasks: number
  /** The feedback case this answer opens, with its due day; null when it opens none. */
  feedbackCase: (CaseTrigger & { dueOn: string }) | null
}

export interface WriteResult {
  id: number
  /** false when this clientId was already stored (a replay): nothing new was written. */
  created: boolean
  /** A receipt code given with it was known and unspent (an unknown or spent one stores the answer unverified). */
  verified: boolean
  /** The follow-up code of the case the answer opened (on a replay too), or null. */
  followUpCode: string | null
}

/** Why a stored answer is flagged (kept, and left out of the indices by default); `flag_reason` lists them, comma-separated. */
export type FlagReason = ClockFlag | 'too_frequent' | 'burst'

type Outcome = WriteResult | Error

interface Pending {
  draft: ResponseDraft
  resolve(result: WriteResult): void
  reject(error: unknown): void
}

export interface ResponseWriterOptions {
  /** How long the first submission of a batch waits for others to join it. */
  delayMs?: number
  maxBatch?: number
  /**
   * Batches written at once: while one waits on the database the next is being formed and
   * sent, so neither the server's thread nor the database sits idle.
   */
  maxInFlight?: number
  burstMinIdentical: number
  burstWindowSeconds: number
  /** Told each committed batch's size and duration (metrics). */
  onBatchWritten?: (size: number, seconds: number) => void
}

const HOUR_MS = 3600_000
/** How often a node deletes the burst sightings that aged out (at most; once per window when shorter). */
const BURST_EXPIRY_EVERY_MS = 60_000

/** What a caller is told when the database refused its answer; the unit's removal closed its links. */
function refusal(error: unknown): Error {
  if (sqlState(error) === '23503') return unitRemoved()
  return error instanceof Error ? error : new Error(String(error))
}

/**
 * Group commit: submissions that arrive within a few milliseconds are written in one
 * transaction (at most `maxInFlight` at a time; what arrives meanwhile forms the next batch), since
 * one transaction per answer caps ingest at the database's commit rate. Each caller
 * still gets its own outcome: an id, a replay's id, or its own error. When the database
 * refuses one answer's data, the batch is written again answer by answer, so one bad
 * answer never costs the others theirs.
 */
export class ResponseWriter {
  private queue: Pending[] = []
  private timer: NodeJS.Timeout | undefined
  private readonly inFlight = new Set<Promise<void>>()
  private closed = false
  private readonly burstMinIdentical: number
  private readonly burstWindowMs: number
  private nextBurstExpiry = 0
  private readonly delayMs: number
  private readonly maxBatch: number
  private readonly maxInFlight: number
  private readonly onBatchWritten: ResponseWriterOptions['onBatchWritten']
  /** Transactions committed so far (tests and benchmarks read it). */
  transactions = 0

  constructor(
    private readonly db: Kysely<DatabaseSchema>,
    private readonly log: Logger,
    options: ResponseWriterOptions,
  ) {
    this.delayMs = options.delayMs ?? 2
    this.maxBatch = options.maxBatch ?? 500
    this.maxInFlight = options.maxInFlight ?? 2
    this.onBatchWritten = options.onBatchWritten
    this.burstMinIdentical = options.burstMinIdentical
    this.burstWindowMs = options.burstWindowSeconds * 1000
  }

  submit(draft: ResponseDraft): Promise<WriteResult> {
    if (this.closed) return Promise.reject(serviceUnavailable('shutting_down', 'The server is restarting; please send again.'))
    return new Promise((resolve, reject) => {
      this.queue.push({ draft, resolve, reject })
      this.schedule()
    })
  }

  /** Writes what is queued and stops accepting more (graceful shutdown). */
  async close(): Promise<void> {
    this.closed = true
    clearTimeout(this.timer)
    this.timer = undefined
    while (this.inFlight.size || this.queue.length) {
      if (this.queue.length && this.inFlight.size < this.maxInFlight) this.flush()
      else await Promise.race(this.inFlight)
    }
  }

  private schedule(): void {
    if (this.inFlight.size >= this.maxInFlight || this.timer) return
    if (this.queue.length >= this.maxBatch) this.flush()
    else this.timer = setTimeout(() => this.flush(), this.delayMs)
  }

  private flush(): void {
    clearTimeout(this.timer)
    this.timer = undefined
    const batch = this.queue.splice(0, this.maxBatch)
    if (batch.length === 0) return
    const writing: Promise<void> = this.write(batch).finally(() => {
      this.inFlight.delete(writing)
      if (this.queue.length) this.schedule()
    })
    this.inFlight.add(writing)
  }

  private async write(batch: Pending[]): Promise<void> {
    // Two submissions of one clientId in a batch: the later ones share the first one's fate.
    const leaders = new Map<string, Pending>()
    const followers: Pending[] = []
    for (const pending of batch) {
      if (leaders.has(pending.draft.clientId)) followers.push(pending)
      else leaders.set(pending.draft.clientId, pending)
    }
    let outcomes: Map<string, Outcome>
    const started = performance.now()
    try {
      outcomes = await this.writeInTransaction([...leaders.values()])
      this.onBatchWritten?.(batch.length, (performance.now() - started) / 1000)
    } catch (error) {
      if (!isDataError(error) || leaders.size === 1) {
        // Nothing of the batch was acknowledged: each caller answers 503 (database unavailable)
        // or its own error, and the outbox sends it again; a replay of an answer whose commit
        // did land finds it stored.
        const fields = { size: batch.length, error: errorMessage(error) }
        if (isDatabaseUnavailable(error)) this.log.warn('response batch not written: database unavailable', fields)
        else this.log.error('response batch failed', fields)
        for (const pending of batch) pending.reject(refusal(error))
        return
      }
      this.log.warn('response batch refused; writing its answers one by one', { size: leaders.size, error: errorMessage(error) })
      outcomes = new Map()
      for (const leader of leaders.values()) {
        try {
          for (const [clientId, outcome] of await this.writeInTransaction([leader])) outcomes.set(clientId, outcome)
        } catch (rowError) {
          this.log.error('response refused', { error: errorMessage(rowError) })
          outcomes.set(leader.draft.clientId, refusal(rowError))
        }
      }
    }
    for (const pending of leaders.values()) settle(pending, outcomes.get(pending.draft.clientId)!)
    for (const pending of followers) {
      const outcome = outcomes.get(pending.draft.clientId)!
      settle(pending, outcome instanceof Error ? outcome : { ...outcome, created: false })
    }
    await this.expireBurstSightings()
  }

  private get countsBursts(): boolean {
    return this.burstMinIdentical >= 2
  }

  /** Deletes the sightings older than the window on both clocks, at most every minute; any node may. */
  private async expireBurstSightings(): Promise<void> {
    const now = Date.now()
    if (!this.countsBursts || now < this.nextBurstExpiry) return
    this.nextBurstExpiry = now + Math.min(BURST_EXPIRY_EVERY_MS, this.burstWindowMs)
    try {
      await deleteExpiredBurstSightings(this.db, new Date(now - this.burstWindowMs))
    } catch (error) {
      this.log.warn('expired burst sightings not deleted', { error: errorMessage(error) })
    }
  }

  private async writeInTransaction(batch: Pending[]): Promise<Map<string, Outcome>> {
    const outcomes = await this.db.transaction().execute((trx) => this.writeBatch(trx, batch))
    this.transactions += 1
    return outcomes
  }

  private async writeBatch(trx: Transaction<DatabaseSchema>, batch: Pending[]): Promise<Map<string, Outcome>> {
    const outcomes = new Map<string, Outcome>()
    // Before reading what is stored: a resend stored by the batch that held the lock is then a replay here.
    if (this.countsBursts)
      await lockBurstSources(
        trx,
        batch.map((p) => burstSource(p.draft.origin)),
      )
    for (const row of await existingIds(
      trx,
      batch.map((p) => p.draft),
    )) {
      outcomes.set(row.client_id, { id: row.id, created: false, verified: row.verified, followUpCode: row.code })
    }
    // In the order they were answered, so a kiosk's queue sent at once is judged as it was given.
    const fresh = batch
      .map((p) => p.draft)
      .filter((d) => !outcomes.has(d.clientId))
      .sort((a, b) => a.answeredAt.getTime() - b.answeredAt.getTime())
    if (fresh.length === 0) return outcomes

    // Kiosk interval: the rows are locked so two batches (or two nodes) judge one kiosk in turn.
    const kioskIds = [...new Set(fresh.flatMap((d) => (d.origin.channel === 'kiosk' && 'linkId' in d.origin ? [d.origin.linkId] : [])))]
    const kiosks = new Map(
      kioskIds.length
        ? (
            await trx
              .selectFrom('survey_links')
              .select(['id', 'last_answered_at', 'min_interval_seconds'])
              .where('id', 'in', kioskIds)
              .orderBy('id')
              .forUpdate()
              .execute()
          ).map((k) => [k.id, { last: k.last_answered_at?.getTime() ?? null, intervalMs: k.min_interval_seconds * 1000, changed: false }])
        : [],
    )
    const receiptHashes = fresh.flatMap((d) => (d.receiptHash ? [d.receiptHash] : []))
    const receipts = new Map(
      receiptHashes.length
        ? (await trx.selectFrom('receipt_codes').selectAll().where('code_hash', 'in', receiptHashes).orderBy('code_hash').forUpdate().execute()).map((r) => [
            r.code_hash,
            r,
          ])
        : [],
    )
    const bursts = await this.judgeBursts(trx, fresh)
    const spentHashes: string[] = []
    const accepted: Accepted[] = []
    // Every answer is stored: one the controls cannot vouch for is flagged, never refused.
    for (const draft of fresh) {
      const reasons: FlagReason[] = draft.clockFlag ? [draft.clockFlag] : []
      const kiosk = 'linkId' in draft.origin ? kiosks.get(draft.origin.linkId) : undefined
      if (kiosk) {
        // A kiosk's answers come one at a time, in order: one closer than the interval to its
        // latest answer, or dated before it, cannot be vouched for. Only an answer on time
        // moves the kiosk's clock, so no run of flagged answers pushes the others out.
        const at = draft.answeredAt.getTime()
        if (kiosk.last !== null && at < kiosk.last + kiosk.intervalMs) reasons.push('too_frequent')
        else if (!draft.clockFlag) {
          kiosk.last = at
          kiosk.changed = true
        }
      }
      let verified = false
      if (draft.receiptHash) {
        const receipt = receipts.get(draft.receiptHash)
        verified =
          !!receipt &&
          !receipt.spent &&
          receipt.campaign_id === draft.campaignId &&
          receipt.agency_id === draft.agencyId &&
          !spentHashes.includes(draft.receiptHash)
        if (verified) spentHashes.push(draft.receiptHash)
      }
      if (bursts.flagged.has(draft.clientId)) reasons.push('burst')
      accepted.push({ draft, reasons, verified })
    }

    const inserted = accepted.length
      ? await insertResponses(
          trx,
          accepted.map(({ draft, reasons, verified }) => ({
            ...draft,
            linkId: 'linkId' in draft.origin ? draft.origin.linkId : null,
            channel: draft.origin.channel,
            surveyorId: 'surveyorId' in draft.origin ? draft.origin.surveyorId : null,
            organisationId: 'surveyorId' in draft.origin ? draft.origin.organisationId : null,
            reasons,
            verified,
          })),
        )
      : []
    // Cases open with their answer, in its transaction: an answer stored once opens one case at most.
    const drafts = new Map(accepted.map((a) => [a.draft.clientId, a.draft]))
    const codes = await insertFeedbackCases(
      trx,
      inserted.flatMap((row) => {
        const draft = drafts.get(row.client_id)!
        return draft.feedbackCase ? [{ responseId: row.id, campaignId: draft.campaignId, agencyId: draft.agencyId, ...draft.feedbackCase }] : []
      }),
    )
    const verifiedIds = new Set(accepted.filter((a) => a.verified).map((a) => a.draft.clientId))
    for (const row of inserted)
      outcomes.set(row.client_id, { id: row.id, created: true, verified: verifiedIds.has(row.client_id), followUpCode: codes.get(row.id) ?? null })
    // Stored meanwhile by another node: a replay after all.
    const raced = accepted.map((a) => a.draft).filter((d) => !outcomes.has(d.clientId))
    for (const row of await existingIds(trx, raced)) outcomes.set(row.client_id, { id: row.id, created: false, verified: row.verified, followUpCode: row.code })

    for (const [id, kiosk] of kiosks) {
      if (kiosk.changed)
        await trx
          .updateTable('survey_links')
          .set({ last_answered_at: new Date(kiosk.last!) })
          .where('id', '=', id)
          .execute()
    }
    if (spentHashes.length) await trx.updateTable('receipt_codes').set({ spent: true }).where('code_hash', 'in', spentHashes).execute()
    await insertBurstSightings(
      trx,
      inserted.flatMap((row) => bursts.sightings.get(row.client_id) ?? []),
    )
    return outcomes
  }

  /**
   * Which fresh answers (in the order given) are in a burst, judged against the sightings every
   * node stored for their sources (locked by the caller); and each counted answer's sighting.
   */
  private async judgeBursts(
    trx: Transaction<DatabaseSchema>,
    fresh: ResponseDraft[],
  ): Promise<{ flagged: Set<string>; sightings: Map<string, SourcedSighting> }> {
    const sightings = new Map<string, SourcedSighting>()
    if (!this.countsBursts) return { flagged: new Set(), sightings }
    for (const draft of fresh) {
      const signature = burstSignature(draft.content)
      if (signature !== null)
        sightings.set(draft.clientId, {
          source: burstSource(draft.origin),
          signature,
          answeredAt: draft.answeredAt.getTime(),
          receivedAt: draft.receivedAt.getTime(),
        })
    }
    const counted = [...sightings.values()]
    const seen = await recentBurstSightings(
      trx,
      counted,
      new Date(Math.min(...counted.map((s) => s.receivedAt)) - this.burstWindowMs),
      new Date(Math.min(...counted.map((s) => s.answeredAt)) - this.burstWindowMs),
    )
    const judged = judgeBursts(seen, counted, this.burstMinIdentical, this.burstWindowMs)
    const clientIds = [...sightings.keys()]
    return { flagged: new Set(clientIds.filter((_, i) => judged[i])), sightings }
  }
}

interface Accepted {
  draft: ResponseDraft
  reasons: FlagReason[]
  verified: boolean
}

function settle(pending: Pending, outcome: Outcome): void {
  if (outcome instanceof Error) pending.reject(outcome)
  else pending.resolve(outcome)
}

/** The answers of these (campaign, clientId) pairs already stored: exactly-once is per campaign, the partition key. */
async function existingIds(
  trx: Transaction<DatabaseSchema>,
  drafts: Pick<ResponseDraft, 'campaignId' | 'clientId'>[],
): Promise<(Pick<ResponseRow, 'id' | 'client_id' | 'verified'> & { code: string | null })[]> {
  if (drafts.length === 0) return []
  const wanted = new Set(drafts.map((d) => `${d.campaignId}:${d.clientId}`))
  const rows = await trx
    .selectFrom('responses as r')
    .leftJoin('feedback_cases as f', (join) => join.onRef('f.response_id', '=', 'r.id').onRef('f.campaign_id', '=', 'r.campaign_id'))
    .select(['r.id', 'r.client_id', 'r.campaign_id', 'r.verified', 'f.code'])
    .where('r.campaign_id', 'in', [...new Set(drafts.map((d) => d.campaignId))])
    .where(
      'r.client_id',
      'in',
      drafts.map((d) => d.clientId),
    )
    .execute()
  return rows.filter((r) => wanted.has(`${r.campaign_id}:${r.client_id}`))
}

/** A response to store, however it arrived: through a survey link, or from the survey team (paper forms). */
export interface NewResponse {
  clientId: string
  campaignId: number
  agencyId: number
  questionnaireId: number
  linkId: number | null
  channel: ResponseChannel
  surveyorId: number | null
  organisationId: number | null
  content: ValidatedAnswers
  /** What was masked out of the comment (personal data). */
  commentMasks: number
  reasons: FlagReason[]
  verified: boolean
}

/**
 * Anonymous rows: no address, agent or exact time, only the hour the server received them.
 * Each stored row is queued for the rollups in the same statement (see RollupApplier):
 * folding them here, a batch at a time, was most of the cost of storing an answer. A row
 * whose clientId is already stored is skipped (not returned). Paper forms call it in their
 * own transaction, so a form and its response are stored together.
 */
export async function insertResponses(trx: Transaction<DatabaseSchema>, rows: NewResponse[]): Promise<Pick<ResponseRow, 'id' | 'client_id'>[]> {
  const submittedHour = new Date(Math.floor(Date.now() / HOUR_MS) * HOUR_MS)
  return trx
    .with('stored', (db) =>
      db
        .insertInto('responses')
        .values(
          rows.map((row) => ({
            client_id: row.clientId,
            campaign_id: row.campaignId,
            agency_id: row.agencyId,
            questionnaire_id: row.questionnaireId,
            link_id: row.linkId,
            channel: row.channel,
            submitted_hour: submittedHour,
            answers: JSON.stringify(row.content.answers),
            overall: row.content.overall,
            gave_feedback: row.content.gaveFeedback,
            expectations: row.content.expectations,
            perceptions: JSON.stringify(row.content.perceptions),
            demographics: JSON.stringify(row.content.demographics),
            service_field: row.content.serviceField,
            comment: row.content.comment,
            comment_masks: row.commentMasks,
            flagged: row.reasons.length > 0,
            flag_reason: row.reasons.length > 0 ? row.reasons.join(',') : null,
            verified: row.verified,
            surveyor_id: row.surveyorId,
            organisation_id: row.organisationId,
          })),
        )
        .onConflict((oc) => oc.columns(['campaign_id', 'client_id']).doNothing())
        .returning(['id', 'client_id', 'campaign_id']),
    )
    .with('queued', (db) =>
      db
        .insertInto('rollup_pending')
        .columns(['response_id', 'campaign_id'])
        .expression((eb) => eb.selectFrom('stored').select(['id', 'campaign_id'])),
    )
    .selectFrom('stored')
    .select(['id', 'client_id'])
    .execute()
}
