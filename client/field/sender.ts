import type { FieldBatchAccepted, FieldResponseBatchInput } from '../../shared/field/schemas'
import { postAnswers, type Sender } from '../survey/outbox'

/** An interview's destination in the outbox (where a survey answer keeps its link's code): its campaign unit. */
export function campaignUnitCode(campaignId: number, agencyId: number): string {
  return `${campaignId}/${agencyId}`
}

function campaignUnitOf(code: string): { campaignId: number; agencyId: number } {
  const [campaignId, agencyId] = code.split('/').map(Number)
  return { campaignId: campaignId!, agencyId: agencyId! }
}

/**
 * Posts one queued interview as a batch of one to the field API. A 401 (the device session
 * revoked or expired) keeps the answer queued, unlike a survey link's refusal: the surveyor logs
 * in again and it goes then. `onAccepted` hears each acknowledgement (the last sync time),
 * `onLoggedOut` each 401.
 */
export function fieldSender(events: { onAccepted: () => void; onLoggedOut: () => void }): Sender {
  return async (item) => {
    const batch: FieldResponseBatchInput = { ...campaignUnitOf(item.code), responses: [item.body] }
    const outcome = await postAnswers('/api/v1/field/responses', batch, item.clientId, (data) => (data as Partial<FieldBatchAccepted> | null)?.responses?.[0])
    if (outcome.kind === 'accepted') events.onAccepted()
    if (outcome.kind === 'rejected' && outcome.status === 401) {
      events.onLoggedOut()
      return { kind: 'retry', status: 401 }
    }
    return outcome
  }
}
