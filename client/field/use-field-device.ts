import { useEffect, useMemo, useState } from 'preact/hooks'
import { endpoints } from '../../shared/api/endpoints'
import type { FieldBundle } from '../../shared/field/bundle'
import type { FieldDevice, FieldLogin } from '../../shared/field/schemas'
import type { ResponseSubmissionInput } from '../../shared/responses/submission'
import { ApiClientError, call } from '../api/client'
import { Outbox, type OutboxStatus, startSync } from '../survey/outbox'
import { campaignUnitCode, fieldSender } from './sender'
import { FieldStore } from './store'

export interface FieldDeviceState {
  /** False until what the device keeps has been read. */
  ready: boolean
  device: FieldDevice | null
  bundle: FieldBundle | null
  outbox: OutboxStatus
  /** ms since the epoch */
  lastSync: number | null
  /** The server refused the device session (revoked, expired): log in again; the answers stay queued. */
  loggedOut: boolean
  /** The last attempt to update the questionnaires failed (no network): the kept ones are used. */
  refreshFailed: boolean
}

/**
 * The surveyor's device: who is logged in, the questionnaires downloaded (IndexedDB), the
 * outbox of interviews (the survey's outbox, its own database) kept draining in the background.
 */
export function useFieldDevice() {
  const [state, setState] = useState<FieldDeviceState>({
    ready: false,
    device: null,
    bundle: null,
    outbox: { queued: 0, rejected: 0 },
    lastSync: null,
    loggedOut: false,
    refreshFailed: false,
  })
  const update = (patch: Partial<FieldDeviceState>) => setState((current) => ({ ...current, ...patch }))

  const opened = useMemo(async () => {
    const store = await FieldStore.open()
    const send = fieldSender({
      onAccepted: () => {
        const now = Date.now()
        update({ lastSync: now, loggedOut: false })
        void store.put('lastSync', now)
      },
      onLoggedOut: () => update({ loggedOut: true }),
    })
    const outbox = await Outbox.open({ name: 'hailong-field-outbox', send })
    const sync = startSync(outbox, (outboxStatus) => update({ outbox: outboxStatus }))
    return { store, outbox, sync }
  }, [])

  async function refresh(): Promise<void> {
    const { store } = await opened
    try {
      const bundle = await call(endpoints.field.bundle)
      await store.put('bundle', bundle)
      update({ bundle, refreshFailed: false, loggedOut: false })
    } catch (error) {
      if (error instanceof ApiClientError && error.status === 401) update({ loggedOut: true })
      else update({ refreshFailed: true })
    }
  }

  useEffect(() => {
    void opened.then(async ({ store }) => {
      const [device, bundle, lastSync] = await Promise.all([store.get('device'), store.get('bundle'), store.get('lastSync')])
      update({ ready: true, device: device ?? null, bundle: bundle ?? null, lastSync: lastSync ?? null })
      if (device) void refresh()
    })
    return () => void opened.then(({ outbox, sync }) => (sync.stop(), outbox.close()))
  }, [opened])

  return {
    state,
    /** Opens a device session, downloads the questionnaires and sends what waited for a login. */
    async login(body: FieldLogin): Promise<void> {
      const { store, sync } = await opened
      const device = await call(endpoints.field.login, { body })
      await store.put('device', device)
      update({ device, loggedOut: false })
      await refresh()
      void sync.flushAll()
    },
    refresh,
    syncNow: async () => void (await opened).sync.flushAll(),
    /** Resolves once the interview is on the device's disk; sending it is the outbox's job. */
    async record(campaignId: number, agencyId: number, body: ResponseSubmissionInput): Promise<void> {
      const { outbox, sync } = await opened
      await outbox.add(campaignUnitCode(campaignId, agencyId), body)
      void sync.refresh()
      void sync.flushNow()
    },
  }
}
