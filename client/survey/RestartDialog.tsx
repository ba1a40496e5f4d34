import { useEffect, useRef } from 'preact/hooks'
import { useSurveyT } from './survey-context'

/** Asks before clearing a half-finished survey, so a stray tap does not wipe a citizen's answers. */
export function RestartDialog({ onConfirm, onCancel }: { onConfirm: () => void; onCancel: () => void }) {
  const t = useSurveyT()
  const keep = useRef<HTMLButtonElement>(null)
  useEffect(() => keep.current?.focus(), [])
  return (
    <div class="dialog-backdrop">
      <div class="dialog" role="alertdialog" aria-modal="true" aria-labelledby="restart-question">
        <p id="restart-question">{t('restartQuestion')}</p>
        <div class="dialog-actions">
          <button type="button" class="secondary big" ref={keep} onClick={onCancel}>
            {t('restartCancel')}
          </button>
          <button type="button" class="primary big" onClick={onConfirm}>
            {t('restartConfirm')}
          </button>
        </div>
      </div>
    </div>
  )
}
