import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { EXPORT_RETRY_AFTER_SECONDS, ExportSlots, exportSlot } from '../../server/exports/export-slots'
import type { ErrorBody } from '../../shared/http/errors'

const settle = () => new Promise((resolve) => setImmediate(resolve))

describe('export slots', () => {
  it('runs at most `concurrent` at once, queues `waiting` more in order, refuses the rest', async () => {
    const slots = new ExportSlots(2, 1)
    const first = await slots.acquire()!
    const second = await slots.acquire()!
    const started: string[] = []
    const third = slots.acquire()!.then((release) => (started.push('third'), release))
    expect(slots.acquire()).toBeNull()
    expect(slots.busy).toEqual({ running: 2, waiting: 1 })
    await settle()
    expect(started).toEqual([])
    first()
    first() // a second release of the same slot changes nothing
    const releaseThird = await third
    expect(started).toEqual(['third'])
    expect(slots.busy).toEqual({ running: 2, waiting: 0 })
    second()
    releaseThird()
    expect(slots.busy).toEqual({ running: 0, waiting: 0 })
    expect(slots.acquire()).not.toBeNull()
  })

  it('answers 503 with Retry-After when no slot is free or queued, and frees the slot after an error', async () => {
    const slots = new ExportSlots(1, 0)
    let finish!: () => void
    const app = new Hono()
      .use('*', exportSlot(slots))
      .get('/slow', async (c) => (await new Promise<void>((resolve) => (finish = resolve)), c.text('done')))
      .get('/fails', () => {
        throw new Error('boom')
      })
      .get('/fast', (c) => c.text('fast'))
    const slow = app.request('/slow')
    await settle()
    const refused = await app.request('/fast')
    expect(refused.status).toBe(503)
    expect(refused.headers.get('retry-after')).toBe(String(EXPORT_RETRY_AFTER_SECONDS))
    expect(((await refused.json()) as ErrorBody).error.code).toBe('exports_busy')
    finish()
    expect(await (await slow).text()).toBe('done')
    expect((await app.request('/fails')).status).toBe(500)
    expect((await app.request('/fast')).status).toBe(200)
  })
})
