import { createMiddleware } from 'hono/factory'
import type { AppEnv } from '../http/context'

/**
 * A counting limit on report exports: each one loads every unit's figures and builds the
 * file in memory, so a few large ones at once can exhaust the heap. At most `concurrent`
 * run; up to `waiting` more wait their turn in arrival order; beyond that `acquire` says no.
 */
export class ExportSlots {
  private running = 0
  private readonly queue: (() => void)[] = []

  constructor(
    readonly concurrent: number,
    readonly waiting: number,
  ) {}

  /** A promise of the release function once a slot is free, or null when even the queue is full. */
  acquire(): Promise<() => void> | null {
    if (this.running < this.concurrent) {
      this.running++
      return Promise.resolve(this.releaser())
    }
    if (this.queue.length >= this.waiting) return null
    return new Promise((resolve) => this.queue.push(() => resolve(this.releaser())))
  }

  get busy(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.queue.length }
  }

  private releaser(): () => void {
    let released = false
    return () => {
      if (released) return
      released = true
      const next = this.queue.shift()
      // The slot passes straight to the next in line, so `running` is unchanged.
      if (next) next()
      else this.running--
    }
  }
}

/** Seconds a refused export is told to wait before asking again. */
export const EXPORT_RETRY_AFTER_SECONDS = 15

/** Runs the rest of the request inside a slot; 503 with Retry-After when none is free or queued. */
export function exportSlot(slots: ExportSlots) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const slot = slots.acquire()
    if (!slot) {
      c.header('Retry-After', String(EXPORT_RETRY_AFTER_SECONDS))
      return c.json({ error: { code: 'exports_busy', message: 'Too many exports are being prepared; try again shortly' } }, 503)
    }
    const release = await slot
    try {
      await next()
    } finally {
      release()
    }
  })
}
