import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { campaignUnitCode, fieldSender } from '../../client/field/sender'
import { Outbox } from '../../client/survey/outbox'

const clientId = '99999999-9999-4999-8999-99999999999b'
const body = { clientId, answers: { 'staff.polite': 4 }, overall: 4, expectations: [], perceptions: {}, demographics: {} }
const json = (status: number, data: unknown) =>
  vi.fn(async () => new Response(JSON.stringify(data), { status, headers: { 'Content-Type': 'application/json' } }))

afterEach(() => vi.unstubAllGlobals())

describe('the field sender', () => {
  it('posts an interview as a batch of one for its campaign unit, and hears the acknowledgement', async () => {
    const fetchMock = json(201, { responses: [{ id: 5, clientId, receipt: 'none' }] })
    vi.stubGlobal('fetch', fetchMock)
    const events = { onAccepted: vi.fn(), onLoggedOut: vi.fn() }
    const send = fieldSender(events)
    const item = { clientId, code: campaignUnitCode(12, 34), body, queuedAt: 0, attempts: 0, nextAttemptAt: 0 }
    expect(await send(item)).toEqual({ kind: 'accepted', receipt: 'none', followUpCode: null })
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe('/api/v1/field/responses')
    expect(JSON.parse(init.body as string)).toEqual({ campaignId: 12, agencyId: 34, responses: [body] })
    expect(events.onAccepted).toHaveBeenCalledTimes(1)
    expect(events.onLoggedOut).not.toHaveBeenCalled()
  })

  it('keeps interviews queued when the device session is revoked (401), unlike a refusal for good (403)', async () => {
    const events = { onAccepted: vi.fn(), onLoggedOut: vi.fn() }
    const outbox = await Outbox.open({ name: `field-sender-${Date.now()}`, send: fieldSender(events) })
    await outbox.add(campaignUnitCode(1, 2), body)
    vi.stubGlobal('fetch', json(401, { error: { code: 'device_session_revoked', message: 'revoked' } }))
    await outbox.flush(true)
    expect(events.onLoggedOut).toHaveBeenCalledTimes(1)
    expect(await outbox.status()).toEqual({ queued: 1, rejected: 0 })
    vi.stubGlobal('fetch', json(403, { error: { code: 'forbidden', message: 'not on the team' } }))
    await outbox.flush(true)
    expect(await outbox.status()).toEqual({ queued: 0, rejected: 1 })
    outbox.close()
  })
})
