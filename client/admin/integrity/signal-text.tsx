import type { Signal } from '../../../shared/integrity/schemas'
import {
  ALL_TOP_NOTABLE_SHARE,
  IDENTICAL_NOTABLE_SHARE,
  MIN_JUDGED_ANSWERS,
  OUTSIDE_HOURS_NOTABLE_COUNT,
  OUTSIDE_HOURS_NOTABLE_SHARE,
} from '../../../shared/integrity/thresholds'
import { formatPercent } from '../../i18n/format'
import { useLanguage } from '../../i18n/language'
import { useT } from '../../i18n/translate'
import { integrityMessages } from './messages'

const THRESHOLDS: Record<Signal['key'], { threshold?: number; count?: number }> = {
  outsideHours: { threshold: OUTSIDE_HOURS_NOTABLE_SHARE, count: OUTSIDE_HOURS_NOTABLE_COUNT },
  bursts: {},
  identical: { threshold: IDENTICAL_NOTABLE_SHARE },
  allTop: { threshold: ALL_TOP_NOTABLE_SHARE },
  verified: {},
}

/** Worth a look / normal / too few answers / context, as a badge. */
export function Verdict({ notable, judged = true }: { notable: boolean | null; judged?: boolean }) {
  const t = useT(integrityMessages)
  if (notable === true) return <span class="badge verdict-notable">{t('notable')}</span>
  if (notable === false) return <span class="badge verdict-normal">{t('normal')}</span>
  return <span class="badge verdict-context">{judged ? t('context') : t('tooFew', { min: MIN_JUDGED_ANSWERS })}</span>
}

/** One signal in words: its figures, then what it means and from when it is worth a look. */
export function SignalText({ signal }: { signal: Signal }) {
  const t = useT(integrityMessages)
  const lang = useLanguage()
  const params = {
    count: signal.count,
    total: signal.total,
    share: formatPercent(signal.share, lang),
    largest: signal.largest ?? 0,
  }
  return (
    <li class={signal.notable ? 'signal notable' : 'signal'}>
      <Verdict notable={signal.notable} judged={signal.key === 'verified' || signal.total >= MIN_JUDGED_ANSWERS} /> {t(`signal.${signal.key}`, params)}{' '}
      <small class="muted">{t(`explain.${signal.key}`, { ...THRESHOLDS[signal.key] })}</small>
    </li>
  )
}
