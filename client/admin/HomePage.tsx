import { endpoints } from '../../shared/api/endpoints'
import { call } from '../api/client'
import { formatDate } from '../i18n/format'
import { useLanguage } from '../i18n/language'
import { useT } from '../i18n/translate'
import { CasesHomeCard } from './cases/CaseSummary'
import { adminMessages } from './messages'
import { can, useUser } from './session'
import { Loaded } from './ui/Loaded'
import { useReloadable } from './ui/use-reloadable'

async function loadOverview(signal: AbortSignal) {
  const [campaigns, agencies] = await Promise.all([call(endpoints.campaigns.list, { signal }), call(endpoints.agencies.list, { signal })])
  return { open: campaigns.filter((c) => c.status === 'open'), agencies: new Map(agencies.map((a) => [a.id, a])) }
}

/** `/admin`: the open campaigns with their units, and the usual next steps. */
export function HomePage() {
  const t = useT(adminMessages)
  const lang = useLanguage()
  const user = useUser()
  const [overview] = useReloadable(loadOverview)
  return (
    <section>
      <h1>{t('home.hello', { name: user.name })}</h1>
      <div class="split">
        <div>
          <h2>{t('home.openCampaigns')}</h2>
          <Loaded resource={overview}>
            {({ open, agencies }) =>
              open.length === 0 ? (
                <p class="muted">{t('home.noOpen')}</p>
              ) : (
                open.map((campaign) => (
                  <article key={campaign.id} class="card">
                    <h3>
                      <a href={`/admin/campaigns/${campaign.id}`}>{campaign.name}</a>
                    </h3>
                    <p class="muted small">
                      {formatDate(campaign.startsOn, lang)} – {formatDate(campaign.endsOn, lang)}
                    </p>
                    <ul class="unit-list">
                      {campaign.agencyIds
                        .filter((id) => agencies.has(id))
                        .map((id) => (
                          <li key={id}>
                            <span>{agencies.get(id)!.name}</span>
                            {can(user, 'manageLinks') && (
                              <a class="button small" href={`/admin/campaigns/${campaign.id}/units/${id}`}>
                                {t('home.links')}
                              </a>
                            )}
                          </li>
                        ))}
                    </ul>
                    <a href={`/admin/results/${campaign.id}`}>{t('home.results')} →</a>
                  </article>
                ))
              )
            }
          </Loaded>
        </div>
        <div>
          {can(user, 'handleCases') && <CasesHomeCard />}
          <nav class="card quick-links" aria-label={t('home.quick')}>
            <h2>{t('home.quick')}</h2>
            {can(user, 'manageSetup') && <a href="/admin/campaigns/new">{t('home.newCampaign')}</a>}
            <a href="/admin/campaigns">{t('home.allCampaigns')}</a>
            <a href="/admin/results">{t('home.results')}</a>
            <a href="/admin/agencies">{t('home.agencies')}</a>
            {can(user, 'manageSetup') && <a href="/admin/users">{t('home.users')}</a>}
          </nav>
        </div>
      </div>
    </section>
  )
}
