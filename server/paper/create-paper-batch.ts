import { randomBytes } from 'node:crypto'
import { recordAudit } from '../audit/record-audit'
import type { AppContext } from '../http/context'
import { newSerial } from './paper-serial'

/** Stores `count` new forms of a campaign unit under one audited batch; returns their serials in print order. */
export async function createPaperBatch(
  ctx: AppContext,
  userId: number,
  unit: { campaignId: number; agencyId: number },
  count: number,
): Promise<{ batch: string; serials: string[] }> {
  const batch = randomBytes(6).toString('hex')
  const serials: string[] = []
  await ctx.db.transaction().execute(async (trx) => {
    // A serial drawn twice (one chance in 2^40 per pair) is skipped by the unique constraint and drawn again.
    while (serials.length < count) {
      const drawn = [...new Set(Array.from({ length: count - serials.length }, newSerial))]
      const stored = await trx
        .insertInto('paper_forms')
        .values(drawn.map((serial) => ({ serial, batch, campaign_id: unit.campaignId, agency_id: unit.agencyId, created_by: userId })))
        .onConflict((oc) => oc.column('serial').doNothing())
        .returning('serial')
        .execute()
      const kept = new Set(stored.map((row) => row.serial))
      serials.push(...drawn.filter((serial) => kept.has(serial)))
    }
    await recordAudit(trx, { userId, action: 'create', entity: 'paper_form_batch', entityId: batch, details: { ...unit, count } })
  })
  return { batch, serials }
}
