import type { Delivery } from './delivery'
import type { OutboxStatus } from './outbox'
import type { SurveyMode } from './page'
import { useSurveyT } from './survey-context'

/** What the kiosk or phone says became of an answer, in the catalog's words (never the server's English message). */
export function DeliveryNote({ delivery }: { delivery: Delivery | null }) {
  const t = useSurveyT()
  let text: string
  if (delivery === null) text = t('delivering')
  else if (delivery.kind === 'preview') text = t('previewNotSent')
  else if (delivery.kind === 'retry') text = t('savedOffline')
  else if (delivery.kind === 'accepted') text = delivery.receipt === 'unverified' ? t('recordedUnverified') : t('recorded')
  else if (delivery.code === 'survey_not_started') text = t('refusedNotStarted')
  else if (delivery.code === 'survey_closed' || delivery.code === 'link_revoked') text = t('refusedClosed')
  else text = t('refused')
  return (
    <p class={`intro delivery ${delivery?.kind ?? 'delivering'}`} role="status" data-delivery={delivery?.kind ?? 'delivering'}>
      {text}
    </p>
  )
}

export function PreviewBanner() {
  const t = useSurveyT()
  return (
    <p class="preview-banner" role="note">
      {t('previewBanner')}
    </p>
  )
}

/** A corner mark for staff: how many answers wait in the outbox, how many the server refused. */
export function StaffIndicator({ status, mode }: { status: OutboxStatus; mode: SurveyMode }) {
  const t = useSurveyT()
  if (mode === 'phone' && status.queued === 0 && status.rejected === 0) return null
  const label = [
    status.queued > 0 ? t('staffQueued', { count: status.queued }) : t('staffAllSent'),
    status.rejected > 0 ? t('staffRejected', { count: status.rejected }) : '',
  ]
    .filter(Boolean)
    .join('. ')
  return (
    <div class="staff-indicator" role="status" title={label} aria-label={label} data-queued={status.queued} data-rejected={status.rejected}>
      <span aria-hidden="true">
        {status.queued > 0 ? `↻ ${status.queued}` : '•'}
        {status.rejected > 0 ? ` ⚠ ${status.rejected}` : ''}
      </span>
    </div>
  )
}
