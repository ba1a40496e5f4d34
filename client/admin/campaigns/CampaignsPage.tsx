import type { Campaign } from '../../../shared/campaigns/schemas'
import { api } from '../../api/client'
import { formatDate } from '../../i18n/format'
import { useLanguage } from '../../i18n/language'
import { useT } from '../../i18n/translate'
import { adminMessages } from '../messages'
import { can, useUser } from '../session'
import { Loaded } from '../ui/Loaded'
import { useReloadable } from '../ui/use-reloadable'
import { campaignMessages } from './messages'

export function CampaignsPage() {
  const t = useT(campaignMessages)
  const common = useT(adminMessages)
  const lang = useLanguage()
  const admin = can(useUser(), 'manageSetup')
  const [campaigns] = useReloadable((signal) => api<Campaign[]>('/campaigns', { signal }))
  return (
    <section>
      <div class="page-head">
        <div>
          <h1>{t('title')}</h1>
          <p class="muted">{t('intro')}</p>
        </div>
        {admin && (
          <a class="button primary" href="/admin/campaigns/new">
            {t('new')}
          </a>
        )}
      </div>
      <Loaded resource={campaigns}>
        {(list) =>
          list.length === 0 ? (
            <p class="muted">{t('empty')}</p>
          ) : (
            <div class="table-wrap">
              <table class="table">
                <thead>
                  <tr>
                    <th>{t('name')}</th>
                    <th>{t('year')}</th>
                    <th>{t('period')}</th>
                    <th>{t('units')}</th>
                    <th>{t('status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((c) => (
                    <tr key={c.id}>
                      <td>
                        <a href={`/admin/campaigns/${c.id}`}>{c.name}</a>
                      </td>
                      <td>{c.year}</td>
                      <td>
                        {formatDate(c.startsOn, lang)} – {formatDate(c.endsOn, lang)}
                      </td>
                      <td>{c.agencyIds.length}</td>
                      <td>
                        <span class={`badge status-${c.status}`}>{common(`status.${c.status}`)}</span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </Loaded>
    </section>
  )
}
