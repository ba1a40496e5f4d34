import type { ChannelFigures } from '../../../shared/indices/schemas'
import { REPORT_LABELS } from '../../../shared/reports/labels'
import { useLanguage } from '../../i18n/language'
import { useT } from '../../i18n/translate'
import { resultsMessages } from '../results/messages'
import { targetMessages } from './messages'

/** n of the target as a bar (full, and marked, once reached), with the answers per channel; a note when there is no target. */
export function TargetProgress({ n, target, channels }: { n: number; target: number | null | undefined; channels?: ChannelFigures[] | undefined }) {
  const t = useT(targetMessages)
  const byChannel = <ChannelCounts channels={channels} />
  if (target === null || target === undefined)
    return (
      <span class="target-progress">
        <small class="muted">{t('noTarget')}</small>
        {byChannel}
      </span>
    )
  const share = target === 0 ? 1 : Math.min(1, n / target)
  return (
    <span class="target-progress">
      <progress max={1} value={share} aria-label={t('progressOf', { n, target })} class={share >= 1 ? 'reached' : undefined} />
      <small>
        {t('progressOf', { n, target })}
        {share >= 1 && ` · ${t('reached')}`}
      </small>
      {byChannel}
    </span>
  )
}

/** The answers per channel, the channels without any left out. */
export function ChannelCounts({ channels }: { channels: ChannelFigures[] | undefined }) {
  const t = useT(resultsMessages)
  const lang = useLanguage()
  const given = channels?.filter((c) => c.n > 0) ?? []
  if (given.length === 0) return null
  return (
    <small class="channel-counts">{t('channel.counts', { counts: given.map((c) => `${REPORT_LABELS[lang].channel[c.channel]} ${c.n}`).join(' · ') })}</small>
  )
}
