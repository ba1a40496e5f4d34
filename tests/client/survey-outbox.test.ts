import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { httpSender, isAcknowledgement, Outbox, type QueuedResponse, retryDelay, type Sender, type SendOutcome, startSync } from '../../client/survey/outbox'
import { type ResponseSubmissionInput, responseAcceptedSchema } from '../../shared/responses/submission'

const ACCEPTED: SendOutcome = { kind: 'accepted', receipt: 'none', followUpCode: null }
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

    const { outbox: reopened, sent } = await outboxWith([ACCEPTED], name)
    expect(await reopened.status()).toEqual({ queued: 1, rejected: 0 })
    const outcomes = await reopened.flush()
    expect(outcomes.get('11111111-1111-4111-8111-111111111111')).toEqual(ACCEPTED)
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
    const { outbox, sent, clock } = await outboxWith([{ kind: 'retry' }, { kind: 'retry', status: 503 }, ACCEPTED])
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
    const { outbox } = await outboxWith([{ kind: 'rejected', status: 400, code: 'validation_failed' }])
    await outbox.add('code1', body('33333333-3333-4333-8333-333333333333'))
    const outcomes = await outbox.flush()
    expect(outcomes.get('33333333-3333-4333-8333-333333333333')).toEqual({ kind: 'rejected', status: 400, code: 'validation_failed' })
    expect(await outbox.status()).toEqual({ queued: 0, rejected: 1 })
  })

  it('never drops an answer the server asks to send later (429), and goes on with the next one', async () => {
    const { outbox, sent, clock } = await outboxWith((item) => (item.clientId.endsWith('1') ? { kind: 'retry', status: 429 } : ACCEPTED))
    await outbox.add('code1', body('44444444-4444-4444-8444-444444444441'))
    clock.now += 10
    await outbox.add('code1', body('44444444-4444-4444-8444-444444444442'))
    for (let attempt = 0; attempt < 8; attempt++) {
      await outbox.flush()
      clock.now += (await outbox.nextAttemptIn()) ?? 0
    }
    expect(sent.filter((item) => item.clientId.endsWith('1'))).toHaveLength(8)
    expect(await outbox.status()).toEqual({ queued: 1, rejected: 0 })
  })

  it('sends the oldest first and stops at the first network failure', async () => {
    const { outbox, sent, clock } = await outboxWith([ACCEPTED, { kind: 'retry' }])
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
    const { outbox, sent } = await outboxWith(() => ACCEPTED)
    await outbox.add('code1', body('66666666-6666-4666-8666-666666666666'))
    await Promise.all([outbox.flush(), outbox.flush(true), outbox.flush()])
    expect(sent).toHaveLength(1)
  })

  it('drains on the online event', async () => {
    const { outbox, sent } = await outboxWith([{ kind: 'retry' }, ACCEPTED])
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
  const clientId = '88888888-8888-4888-8888-88888888888a'
  const item: QueuedResponse = { clientId, code: 'a b', body: body(clientId), queuedAt: 0, attempts: 0, nextAttemptAt: 0 }
  const json = (status: number, data: unknown, headers: Record<string, string> = {}) =>
    vi.fn(async () => new Response(JSON.stringify(data), { status, headers: { 'Content-Type': 'application/json; charset=UTF-8', ...headers } }))
  const page = (status: number, html: string, headers: Record<string, string> = {}) =>
    vi.fn(async () => new Response(html, { status, headers: { 'Content-Type': 'text/html; charset=utf-8', ...headers } }))
  const portal = '<!doctype html><html><body><form action="/login">Đăng nhập Wi-Fi miễn phí</form></body></html>'

  it('posts the answer as JSON to the link, not following redirects', async () => {
    const fetchMock = json(201, { id: 7, clientId, receipt: 'none', followUpCode: null })
    vi.stubGlobal('fetch', fetchMock)
    expect(await httpSender(item)).toEqual({ kind: 'accepted', receipt: 'none', followUpCode: null })
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe('/api/v1/public/surveys/a%20b/responses')
    expect(init.method).toBe('POST')
    expect(init.redirect).toBe('manual')
    expect(JSON.parse(init.body as string).clientId).toBe(item.clientId)
  })

  it('takes a replay (200) and an upper-case clientId as stored, and passes on whether the receipt code verified it', async () => {
    vi.stubGlobal('fetch', json(200, { id: 7, clientId, receipt: 'unverified' }))
    expect(await httpSender({ ...item, clientId: clientId.toUpperCase() })).toEqual({ kind: 'accepted', receipt: 'unverified', followUpCode: null })
  })

  it('passes on the follow-up code of the feedback case the answer opened', async () => {
    vi.stubGlobal('fetch', json(201, { id: 7, clientId, receipt: 'none', followUpCode: '7K3M9QXD' }))
    expect(await httpSender(item)).toEqual({ kind: 'accepted', receipt: 'none', followUpCode: '7K3M9QXD' })
  })

  it.each([
    ['a captive portal login page answered 200', page(200, portal)],
    ['a redirect to a portal (302)', page(302, '', { Location: 'http://portal.example/login' })],
    ['a browser opaque redirect (status 0)', vi.fn(async () => Response.error())],
    ["a proxy's 404 page", page(404, '<html><body><h1>404 Not Found</h1>nginx</body></html>')],
    ["a proxy's 403 page", page(403, '<html><body>Access denied by policy</body></html>')],
    ['a JSON 2xx without the clientId', json(200, { ok: true })],
    ["a JSON 2xx echoing another answer's clientId", json(201, { id: 9, clientId: '99999999-9999-4999-8999-999999999999', receipt: 'none' })],
    ['an acknowledgement sent as HTML', page(201, JSON.stringify({ id: 7, clientId, receipt: 'none' }))],
    ["a JSON 404 that is not this server's error body", json(404, { message: 'Not Found' })],
    ['a server error (503)', json(503, { error: { code: 'unavailable', message: 'Database unavailable' } })],
    ['the server asking to wait (429)', json(429, { error: { code: 'rate_limited', message: 'Too many' } })],
    ['a timeout (408)', json(408, { error: { code: 'timeout', message: 'Timeout' } })],
  ])('keeps the answer for another try on %s', async (_what, fetchMock) => {
    vi.stubGlobal('fetch', fetchMock)
    expect(await httpSender(item)).toMatchObject({ kind: 'retry' })
  })

  it("gives up only on this server's refusal, passing its code and not its English message", async () => {
    vi.stubGlobal('fetch', json(410, { error: { code: 'survey_closed', message: 'This survey has ended.' } }))
    expect(await httpSender(item)).toEqual({ kind: 'rejected', status: 410, code: 'survey_closed' })
    vi.stubGlobal('fetch', json(400, { error: { code: 'validation_failed', message: 'Invalid', fields: { overall: 'out of the scale' } } }))
    expect(await httpSender(item)).toEqual({ kind: 'rejected', status: 400, code: 'validation_failed' })
  })

  it('retries when the network fails', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    )
    expect(await httpSender(item)).toEqual({ kind: 'retry' })
  })

  it("recognises the server's acknowledgement exactly as the shared schema describes it", () => {
    const samples: unknown[] = [
      { id: 1, clientId, receipt: 'none' },
      { id: 1, clientId, receipt: 'verified' },
      { id: 1, clientId, receipt: 'unverified' },
      { id: 1, clientId, receipt: 'none', followUpCode: '7K3M9QXD' },
      { id: 1, clientId, receipt: 'none', followUpCode: null },
      { id: 1, clientId, receipt: 'none', followUpCode: 7 },
      { id: 1, clientId, receipt: 'maybe' },
      { id: '1', clientId, receipt: 'none' },
      { clientId, receipt: 'none' },
      { id: 1, receipt: 'none' },
      { id: 1, clientId },
      null,
      'ok',
    ]
    for (const sample of samples) expect(isAcknowledgement(sample, clientId)).toBe(responseAcceptedSchema.safeParse(sample).success)
  })
})
