import { endpoints } from '../../../shared/api/endpoints'
import { call } from '../../api/client'
import { formatDate } from '../../i18n/format'
import { useLanguage } from '../../i18n/language'
import { useT } from '../../i18n/translate'
import { adminMessages } from '../messages'
import { can, useUser } from '../session'
import { ListTable, PageHead } from '../ui/ListPage'
import { Loaded } from '../ui/Loaded'
import { useReloadable } from '../ui/use-reloadable'
import { campaignMessages } from './messages'

export function CampaignsPage() {
  const t = useT(campaignMessages)
  const common = useT(adminMessages)
  const lang = useLanguage()
  const admin = can(useUser(), 'manageSetup')
  const [campaigns] = useReloadable((signal) => call(endpoints.campaigns.list, { signal }))
  return (
    <section>
      <PageHead title={t('title')} intro={t('intro')}>
        {admin && (
          <a class="button primary" href="/admin/campaigns/new">
            {t('new')}
          </a>
        )}
      </PageHead>
      <Loaded resource={campaigns}>
        {(list) =>
          list.length === 0 ? (
            <p class="muted">{t('empty')}</p>
          ) : (
            <ListTable headers={[t('name'), t('year'), t('period'), t('units'), t('status')]}>
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
            </ListTable>
          )
        }
      </Loaded>
    </section>
  )
}
