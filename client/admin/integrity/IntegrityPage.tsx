import { useRoute } from 'preact-iso'
import { endpoints } from '../../../shared/api/endpoints'
import type { CampaignIntegrity, IntegrityUnit } from '../../../shared/integrity/schemas'
import { PACE_NOTABLE_RATIO } from '../../../shared/integrity/thresholds'
import { call } from '../../api/client'
import { formatNumber } from '../../i18n/format'
import { useLanguage } from '../../i18n/language'
import { useT } from '../../i18n/translate'
import { agencyMessages } from '../agencies/messages'
import { useUser } from '../session'
import { Loaded } from '../ui/Loaded'
import { useReloadable } from '../ui/use-reloadable'
import { integrityMessages } from './messages'
import { ReviewSection } from './ReviewSection'
import { SignalText, Verdict } from './signal-text'

async function loadIntegrity(id: string, signal: AbortSignal) {
  const [campaign, integrity] = await Promise.all([
    call(endpoints.campaigns.get, { params: { id }, signal }),
    call(endpoints.integrity.campaign, { params: { id }, signal }),
  ])
  return { campaign, integrity }
}

/** `/admin/campaigns/:id/integrity`: the signs per unit and link, and (admins) the review of flagged answers. */
export function IntegrityPage() {
  const t = useT(integrityMessages)
  const user = useUser()
  const { params } = useRoute()
  const [resource, reload] = useReloadable((signal) => loadIntegrity(params.id!, signal), [params.id])
  return (
    <section class="integrity">
      <Loaded resource={resource}>
        {({ campaign, integrity }) => (
          <>
            <p>
              <a href={`/admin/campaigns/${campaign.id}`}>{t('back', { campaign: campaign.name })}</a>
            </p>
            <h1>{t('title')}</h1>
            <p class="muted">{t('intro')}</p>
            <h2>{t('units')}</h2>
            {integrity.units.map((unit) => (
              <UnitCard key={unit.agencyId} unit={unit} />
            ))}
            <h2>{t('links')}</h2>
            <LinksTable integrity={integrity} />
            {user.role === 'admin' && <ReviewSection campaignId={campaign.id} onDecided={reload} />}
          </>
        )}
      </Loaded>
    </section>
  )
}

function UnitCard({ unit }: { unit: IntegrityUnit }) {
  const t = useT(integrityMessages)
  const agency = useT(agencyMessages)
  const lang = useLanguage()
  const hours = unit.openingHours
  const number = (value: number, digits = 0) => formatNumber(value, lang, digits)
  return (
    <article class="card integrity-unit">
      <h3>
        {unit.name} <small class="muted">{t('answers', { n: unit.total })}</small>
      </h3>
      <p class="muted">
        {t('openingHours', { days: hours.days.map((d) => agency(`day.${d}` as 'day.1')).join(', '), from: hours.opensAt, to: hours.closesAt })}
      </p>
      {unit.total === 0 ? (
        <p class="muted">{t('noAnswers')}</p>
      ) : (
        <ul class="signals">
          {unit.signals.map((signal) => (
            <SignalText key={signal.key} signal={signal} />
          ))}
          <li class={unit.pace?.notable ? 'signal notable' : 'signal'}>
            {unit.pace ? (
              <>
                <Verdict notable={unit.pace.notable} />{' '}
                {t('pace.figures', {
                  transactions: number(unit.pace.transactions),
                  perHour: unit.pace.transactionsPerHour === null ? '—' : number(unit.pace.transactionsPerHour, 1),
                  hour: unit.pace.busiestHour ?? '—',
                  busiest: unit.pace.busiestHourAnswers,
                  answers: unit.pace.answers,
                })}{' '}
                <small class="muted">{t('pace.explain', { ratio: PACE_NOTABLE_RATIO })}</small>
              </>
            ) : (
              <span class="muted">{t('pace.unknown')}</span>
            )}
          </li>
          {unit.kioskGaps.length === 0 ? (
            <li class="signal muted">{t('gap.none')}</li>
          ) : (
            unit.kioskGaps.map((gap) => (
              <li key={gap.channel} class={gap.notable ? 'signal notable' : 'signal'}>
                <Verdict notable={gap.notable} />{' '}
                {t('gap.figures', {
                  kiosk: number(gap.kiosk.value!, 1),
                  channel: t(`channel.${gap.channel}`),
                  other: number(gap.other.value!, 1),
                  gap: number(gap.gap, 1),
                  low: number(gap.ciLow, 1),
                  high: number(gap.ciHigh, 1),
                })}{' '}
                <small class="muted">{gap.notable ? t('gap.above') : t('gap.within')}</small>
              </li>
            ))
          )}
        </ul>
      )}
    </article>
  )
}

function LinksTable({ integrity }: { integrity: CampaignIntegrity }) {
  const t = useT(integrityMessages)
  const names = new Map(integrity.units.map((u) => [u.agencyId, u.name]))
  if (integrity.links.length === 0) return <p class="muted">{t('noAnswers')}</p>
  return (
    <div class="table-scroll">
      <table class="results-table integrity-links">
        <thead>
          <tr>
            <th scope="col">{t('col.link')}</th>
            <th scope="col">{t('col.channel')}</th>
            <th scope="col" class="num">
              {t('col.answers')}
            </th>
            <th scope="col">{t('col.signals')}</th>
          </tr>
        </thead>
        <tbody>
          {integrity.links.map((link) => (
            <tr key={`${link.agencyId}-${link.label ?? link.channel}`}>
              <th scope="row">
                {link.label ?? t('noLink')}
                <br />
                <small class="muted">{names.get(link.agencyId)}</small>
              </th>
              <td>{t(`channel.${link.channel}`)}</td>
              <td class="num">{link.total}</td>
              <td>
                {link.signals.some((s) => s.notable) ? (
                  <ul class="signals">
                    {link.signals
                      .filter((s) => s.notable)
                      .map((signal) => (
                        <SignalText key={signal.key} signal={signal} />
                      ))}
                  </ul>
                ) : (
                  <span class="muted">{t('linkNothingNotable')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
