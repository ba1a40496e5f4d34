import { randomBytes } from 'node:crypto'
import { recordAudit } from '../audit/record-audit'
import type { SessionUser } from '../auth/session-user'
import type { AppContext } from '../http/context'
import { badRequest, notFound, problem } from '../http/errors'
import { assertCampaignUnit } from '../links/assert-campaign-unit'
import { surveyUrl } from '../links/link-code'
import { hashReceiptCode, newReceiptCode } from './receipt-code'

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

export interface Receipt {
  code: string
  /** The QR link's URL carrying the code: `…/s/<link>?r=<code>`. */
  url: string
}

/** A batch of receipt codes for the slips of an active QR link of a campaign unit. */
export async function createReceiptsForLink(
  ctx: AppContext,
  user: SessionUser,
  unit: { campaignId: number; agencyId: number },
  linkCode: string,
  count: number,
): Promise<{ batch: string; receipts: Receipt[] }> {
  await assertCampaignUnit(ctx, user, unit.campaignId, unit.agencyId)
  const link = await ctx.db.selectFrom('survey_links').selectAll().where('code', '=', linkCode).executeTakeFirst()
  if (!link || link.campaign_id !== unit.campaignId || link.agency_id !== unit.agencyId) throw notFound('Survey link of this unit')
  if (link.channel !== 'qr' || link.revoked_at)
    throw badRequest('linkCode: must be an active QR link', { linkCode: problem('not_active_qr_link', 'must be an active QR link') })
  const { batch, codes } = await createReceiptBatch(ctx, user.id, unit, count)
  const base = surveyUrl(ctx.config.publicUrl, 'qr', link.code)
  return { batch, receipts: codes.map((code) => ({ code, url: `${base}?r=${code}` })) }
}
