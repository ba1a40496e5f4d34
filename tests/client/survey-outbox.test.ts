import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ResponseSubmissionInput } from '../../shared/responses/submission'
import { httpSender, MAX_RATE_LIMITED, Outbox, retryDelay, startSync, type QueuedResponse, type SendOutcome, type Sender } from '../../client/survey/outbox'

let databaseSequence = 0
const opened: Outbox[] = []

function body(clientId: string): ResponseSubmissionInput {
  return { clientId, answeredAt: '2026-11-22T10:00:00.000Z', answers: { 'staff.polite': 4 } }
}

/** An outbox on a fresh database with a scripted server and a clock the test moves. */
async function outboxWith(outcomes: SendOutcome[] | ((item: QueuedResponse) => SendOutcome), name = `outbox-test-${++databaseSequence}`) {
  const clock = { now: 1_000_000 }
  const sent: QueuedResponse[] = []
  const send: Sender = async (item) => {
    sent.push(item)
    const outcome = typeof outcomes === 'function' ? outcomes(item) : outcomes.shift()
    if (!outcome) throw new Error('no scripted outcome left')
    return outcome
  }
  const outbox = await Outbox.open({ name, send, now: () => clock.now })
  opened.push(outbox)
  return { outbox, sent, clock, name }
}

afterEach(() => {
  for (const outbox of opened.splice(0)) outbox.close()
  vi.unstubAllGlobals()
})

describe('outbox', () => {
  it('keeps an answer on disk until it is sent, across a reload', async () => {
    const { outbox, name } = await outboxWith([])
    await outbox.add('code1', body('11111111-1111-4111-8111-111111111111'))
    outbox.close()

    const { outbox: reopened, sent } = await outboxWith([{ kind: 'accepted' }], name)
    expect(await reopened.status()).toEqual({ queued: 1, rejected: 0 })
    const outcomes = await reopened.flush()
    expect(outcomes.get('11111111-1111-4111-8111-111111111111')).toEqual({ kind: 'accepted' })
    expect(sent).toHaveLength(1)
    expect(sent[0]!.code).toBe('code1')
    expect(sent[0]!.body.answers).toEqual({ 'staff.polite': 4 })
    expect(await reopened.status()).toEqual({ queued: 0, rejected: 0 })
  })

  it('stores the same clientId once', async () => {
    const { outbox } = await outboxWith([])
    await outbox.add('code1', body('11111111-1111-4111-8111-111111111111'))
    await outbox.add('code1', body('11111111-1111-4111-8111-111111111111'))
    expect((await outbox.status()).queued).toBe(1)
  })

  it('keeps a failed answer, waits for the backoff, and sends it once the network is back', async () => {
    const { outbox, sent, clock } = await outboxWith([{ kind: 'retry' }, { kind: 'retry', status: 503 }, { kind: 'accepted' }])
    await outbox.add('code1', body('22222222-2222-4222-8222-222222222222'))

    await outbox.flush()
    expect(await outbox.status()).toEqual({ queued: 1, rejected: 0 })
    const firstWait = (await outbox.nextAttemptIn())!
    expect(firstWait).toBeGreaterThan(0)

    await outbox.flush()
    expect(sent).toHaveLength(1) // not due yet

    clock.now += firstWait
    await outbox.flush()
    expect(sent).toHaveLength(2)
    expect(await outbox.nextAttemptIn()).toBeGreaterThan(firstWait) // the wait grows

    await outbox.flush(true) // the browser says it is online: no waiting
    expect(sent).toHaveLength(3)
    expect(await outbox.status()).toEqual({ queued: 0, rejected: 0 })
  })

  it('drops an answer the server refuses for good and counts it for the staff', async () => {
    const { outbox } = await outboxWith([{ kind: 'rejected', status: 400, message: 'Invalid', fields: { overall: 'out of the scale' } }])
    await outbox.add('code1', body('33333333-3333-4333-8333-333333333333'))
    const outcomes = await outbox.flush()
    expect(outcomes.get('33333333-3333-4333-8333-333333333333')).toMatchObject({ kind: 'rejected', fields: { overall: 'out of the scale' } })
    expect(await outbox.status()).toEqual({ queued: 0, rejected: 1 })
  })

  it('retries an answer refused by the kiosk interval a few times, then counts it as rejected', async () => {
    const { outbox, sent, clock } = await outboxWith(() => ({ kind: 'retry', status: 429 }))
    await outbox.add('code1', body('44444444-4444-4444-8444-444444444444'))
    for (let attempt = 1; attempt < MAX_RATE_LIMITED; attempt++) {
      await outbox.flush()
      expect(await outbox.status()).toEqual({ queued: 1, rejected: 0 })
      clock.now += (await outbox.nextAttemptIn())!
    }
    await outbox.flush()
    expect(sent).toHaveLength(MAX_RATE_LIMITED)
    expect(await outbox.status()).toEqual({ queued: 0, rejected: 1 })
  })

  it('sends the oldest first and stops at the first network failure', async () => {
    const { outbox, sent, clock } = await outboxWith([{ kind: 'accepted' }, { kind: 'retry' }])
    await outbox.add('code1', body('55555555-5555-4555-8555-555555555551'))
    clock.now += 10
    await outbox.add('code1', body('55555555-5555-4555-8555-555555555552'))
    clock.now += 10
    await outbox.add('code1', body('55555555-5555-4555-8555-555555555553'))
    await outbox.flush()
    expect(sent.map((item) => item.clientId)).toEqual(['55555555-5555-4555-8555-555555555551', '55555555-5555-4555-8555-555555555552'])
    expect((await outbox.status()).queued).toBe(2)
  })

  it('never posts an answer twice when flushes overlap', async () => {
    const { outbox, sent } = await outboxWith(() => ({ kind: 'accepted' }))
    await outbox.add('code1', body('66666666-6666-4666-8666-666666666666'))
    await Promise.all([outbox.flush(), outbox.flush(true), outbox.flush()])
    expect(sent).toHaveLength(1)
  })

  it('drains on the online event', async () => {
    const { outbox, sent } = await outboxWith([{ kind: 'retry' }, { kind: 'accepted' }])
    await outbox.add('code1', body('77777777-7777-4777-8777-777777777777'))
    const statuses: number[] = []
    const sync = startSync(outbox, (status) => statuses.push(status.queued))
    await vi.waitFor(() => expect(statuses).toEqual([1]))
    window.dispatchEvent(new Event('online'))
    await vi.waitFor(() => expect(statuses).toEqual([1, 0]))
    expect(sent).toHaveLength(2)
    sync.stop()
  })

  it('backs off exponentially up to five minutes', () => {
    const middle = () => 0.5
    expect(retryDelay(1, middle)).toBe(2_000)
    expect(retryDelay(2, middle)).toBe(4_000)
    expect(retryDelay(20, middle)).toBe(300_000)
  })
})

describe('httpSender', () => {
  const item: QueuedResponse = { clientId: '88888888-8888-4888-8888-888888888888', code: 'a b', body: body('88888888-8888-4888-8888-888888888888'), queuedAt: 0, attempts: 0, rateLimited: 0, nextAttemptAt: 0 }
  const answer = (status: number, json: unknown = {}) => vi.fn(async () => new Response(JSON.stringify(json), { status }))

  it('posts the answer as JSON to the link', async () => {
    const fetchMock = answer(201, { id: 7 })
    vi.stubGlobal('fetch', fetchMock)
    expect(await httpSender(item)).toEqual({ kind: 'accepted' })
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe('/api/v1/public/surveys/a%20b/responses')
    expect(init.method).toBe('POST')
    expect(JSON.parse(init.body as string).clientId).toBe(item.clientId)
  })

  it.each([
    [200, { kind: 'accepted' }],
    [408, { kind: 'retry', status: 408 }],
    [429, { kind: 'retry', status: 429 }],
    [502, { kind: 'retry', status: 502 }],
  ])('treats %i as %o', async (status, expected) => {
    vi.stubGlobal('fetch', answer(status))
    expect(await httpSender(item)).toEqual(expected)
  })

  it('reports a refusal with the server message and fields', async () => {
    vi.stubGlobal('fetch', answer(410, { error: { code: 'gone', message: 'Campaign closed', fields: {} } }))
    expect(await httpSender(item)).toEqual({ kind: 'rejected', status: 410, message: 'Campaign closed', fields: {} })
  })

  it('retries when the network fails', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))))
    expect(await httpSender(item)).toEqual({ kind: 'retry' })
  })
})
