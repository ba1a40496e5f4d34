import { useT } from '../../i18n/translate'
import { targetMessages } from './messages'

/** n of the target as a bar (full, and marked, once reached); a note when there is no target. */
export function TargetProgress({ n, target }: { n: number; target: number | null | undefined }) {
  const t = useT(targetMessages)
  if (target === null || target === undefined) return <small class="muted">{t('noTarget')}</small>
  const share = target === 0 ? 1 : Math.min(1, n / target)
  return (
    <span class="target-progress">
      <progress max={1} value={share} aria-label={t('progressOf', { n, target })} class={share >= 1 ? 'reached' : undefined} />
      <small>
        {t('progressOf', { n, target })}
        {share >= 1 && ` · ${t('reached')}`}
      </small>
    </span>
  )
}
