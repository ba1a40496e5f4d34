import { formatDateTime } from '../i18n/format'
import { useFieldLanguage, useFieldT } from './language'
import type { FieldDeviceState } from './use-field-device'

/** How many interviews wait on the device, when the server last took some, and the buttons to send or update now. */
export function SyncStatus({ state, onSync, onRefresh }: { state: FieldDeviceState; onSync: () => void; onRefresh: () => void }) {
  const t = useFieldT()
  const lang = useFieldLanguage()
  const { queued, rejected } = state.outbox
  return (
    <section class="field-card sync" aria-label={t('syncNow')}>
      <p class="waiting" role="status" data-waiting={queued}>
        <strong>{queued > 0 ? t('waiting', { count: queued }) : t('allSent')}</strong>
        <br />
        <span class="hint">{state.lastSync === null ? t('neverSynced') : t('lastSync', { time: formatDateTime(state.lastSync, lang) })}</span>
      </p>
      {rejected > 0 && <p class="error">{t('refused', { count: rejected })}</p>}
      {state.refreshFailed && state.bundle && <p class="hint">{t('refreshFailed', { time: formatDateTime(state.bundle.downloadedAt, lang) })}</p>}
      <div class="buttons">
        <button type="button" class="secondary" onClick={onSync}>
          {t('syncNow')}
        </button>
        <button type="button" class="secondary" onClick={onRefresh}>
          {t('refresh')}
        </button>
      </div>
    </section>
  )
}
