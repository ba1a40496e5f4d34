import type { ResponseSubmissionInput } from '../../shared/responses/submission'
import type { SendOutcome } from './outbox'

/** What became of an answer: the outbox's first attempt (`retry`: it stays queued), or nothing sent in a preview. */
export type Delivery = SendOutcome | { kind: 'preview' }

/**
 * `send(body)` resolves once the answer is safely in IndexedDB; its `delivered` settles after one
 * attempt to deliver it, with what the server said.
 */
export type Send = (body: ResponseSubmissionInput) => Promise<{ delivered: Promise<Delivery> }>
