import { useEffect, useMemo, useState } from 'preact/hooks'
import type { Send } from './delivery'
import { Outbox, type OutboxStatus, startSync } from './outbox'

/** The device's outbox for this link: `send` queues an answer and tries to deliver it at once. */
export function useOutbox(code: string): { status: OutboxStatus; send: Send } {
  const [status, setStatus] = useState<OutboxStatus>({ queued: 0, rejected: 0 })
  const ready = useMemo(() => Outbox.open().then((outbox) => ({ outbox, sync: startSync(outbox, setStatus) })), [])
  useEffect(() => () => void ready.then(({ outbox, sync }) => (sync.stop(), outbox.close())), [ready])
  const send: Send = async (body) => {
    const { outbox, sync } = await ready
    await outbox.add(code, body)
    void sync.refresh()
    return { delivered: sync.flushNow().then((outcomes) => outcomes.get(body.clientId) ?? { kind: 'retry' }) }
  }
  return { status, send }
}
