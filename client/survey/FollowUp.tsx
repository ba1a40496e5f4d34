import type { Delivery } from './delivery'
import { useSurveyT } from './survey-context'

/** The tick box beside the comment: with a comment, the unit must answer it (a feedback case). */
export function WantsReplyField({ checked, onChange }: { checked: boolean; onChange: (checked: boolean) => void }) {
  const t = useSurveyT()
  return (
    <div class="question wants-reply">
      <label>
        <input type="checkbox" name="wantsReply" checked={checked} onChange={(event) => onChange(event.currentTarget.checked)} /> {t('wantsReply')}
      </label>
      <p class="hint">{t('wantsReplyHint')}</p>
    </div>
  )
}

/**
 * On the thank-you screen: the follow-up code, large, and the QR of its page, once the server has
 * the answer and opened a case. An answer with a comment still waiting in the outbox gets its code
 * only when delivered, and a shared kiosk cannot show it then: it says so instead of promising one.
 */
export function FollowUp({ delivery, commented }: { delivery: Delivery | null; commented: boolean }) {
  const t = useSurveyT()
  if (delivery?.kind === 'retry' && commented) return <p class="hint follow-up-pending">{t('followUpPending')}</p>
  if (delivery?.kind !== 'accepted' || !delivery.followUpCode) return null
  const code = delivery.followUpCode
  return (
    <section class="follow-up" aria-labelledby="follow-up-title">
      <h2 id="follow-up-title">{t('followUpTitle')}</h2>
      <p class="follow-up-code" data-follow-up-code={code}>
        {code.slice(0, 4)}&nbsp;{code.slice(4)}
      </p>
      <img class="follow-up-qr" src={`/f/${code}/qr.svg`} width={160} height={160} alt={t('followUpQr')} />
      <p class="hint">{t('followUpHint', { address: `${location.host}/f/${code}` })}</p>
    </section>
  )
}
