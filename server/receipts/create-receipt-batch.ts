import { randomBytes } from 'node:crypto'
import type { AppContext } from '../http/context'
import { recordAudit } from '../audit/record-audit'
import { hashReceiptCode, newReceiptCode } from './receipt-code'

export const MAX_RECEIPTS_PER_BATCH = 500

/** Stores the hashes of `count` new codes and returns the codes themselves, this once. */
export async function createReceiptBatch(
  ctx: AppContext,
  userId: number,
  unit: { campaignId: number; agencyId: number },
  count: number,
): Promise<{ batch: string; codes: string[] }> {
  const batch = randomBytes(6).toString('hex')
  const codes = Array.from({ length: count }, newReceiptCode)
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('receipt_codes')
      .values(codes.map((code) => ({ code_hash: hashReceiptCode(code), campaign_id: unit.campaignId, agency_id: unit.agencyId, batch })))
      .execute()
    await recordAudit(trx, { userId, action: 'create', entity: 'receipt_batch', entityId: batch, details: { ...unit, count } })
  })
  return { batch, codes }
}
