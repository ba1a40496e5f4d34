import { useState } from 'preact/hooks'
import { useLocation } from 'preact-iso'
import { endpoints } from '../../../shared/api/endpoints'
import { CASE_STATUSES } from '../../../shared/cases/schemas'
import { call } from '../../api/client'
import { formatDate } from '../../i18n/format'
import { useLanguage } from '../../i18n/language'
import { useT } from '../../i18n/translate'
import { formatVietnamDay } from '../ui/dates'
import { ListTable } from '../ui/ListPage'
import { Loaded } from '../ui/Loaded'
import { useReloadable } from '../ui/use-reloadable'
import { casesMessages } from './messages'

const STATUS_FILTERS = ['open', 'overdue', ...CASE_STATUSES, ''] as const
type StatusFilter = (typeof STATUS_FILTERS)[number]

const excerpt = (text: string) => (text.length > 140 ? `${text.slice(0, 140)}…` : text)

/** `/admin/cases`: the unit's inbox of citizens' feedback, earliest deadline first, overdue ones marked. */
export function CasesPage() {
  const t = useT(casesMessages)
  const lang = useLanguage()
  const { query } = useLocation()
  const [status, setStatus] = useState<StatusFilter>(
    (STATUS_FILTERS as readonly string[]).includes(query.status ?? '') ? (query.status as StatusFilter) : 'open',
  )
  const [campaignId, setCampaignId] = useState('')
  const [agencyId, setAgencyId] = useState('')
  const [choices] = useReloadable(async (signal) => {
    const [campaigns, agencies] = await Promise.all([call(endpoints.campaigns.list, { signal }), call(endpoints.agencies.list, { signal })])
    return { campaigns, agencies }
  })
  const [cases] = useReloadable(
    (signal) =>
      call(endpoints.cases.list, { signal, query: { status: status || undefined, campaignId: campaignId || undefined, agencyId: agencyId || undefined } }),
    [status, campaignId, agencyId],
  )
  const statusLabel = (value: StatusFilter) =>
    value === '' ? t('filter.all') : value === 'open' || value === 'overdue' ? t(`filter.${value}`) : t(`status.${value}`)
  return (
    <section>
      <h1>{t('title')}</h1>
      <p class="muted">{t('intro')}</p>
      <div class="filters-row">
        <label>
          {t('filter.status')}{' '}
          <select value={status} onChange={(e) => setStatus(e.currentTarget.value as StatusFilter)}>
            {STATUS_FILTERS.map((value) => (
              <option key={value} value={value}>
                {statusLabel(value)}
              </option>
            ))}
          </select>
        </label>
        {choices.status === 'ready' && (
          <>
            <label>
              {t('filter.campaign')}{' '}
              <select value={campaignId} onChange={(e) => setCampaignId(e.currentTarget.value)}>
                <option value="">{t('filter.all')}</option>
                {choices.data.campaigns.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name} ({c.year})
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('filter.unit')}{' '}
              <select value={agencyId} onChange={(e) => setAgencyId(e.currentTarget.value)}>
                <option value="">{t('filter.all')}</option>
                {choices.data.agencies.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
              </select>
            </label>
          </>
        )}
      </div>
      <Loaded resource={cases}>
        {(list) =>
          list.length === 0 ? (
            <p class="muted">{t('empty')}</p>
          ) : (
            <ListTable name="cases" headers={[t('col.code'), t('col.unit'), t('col.comment'), t('col.opened'), t('col.due'), t('col.status')]}>
              {list.map((c) => (
                <tr key={c.id} class={c.overdue ? 'overdue' : undefined}>
                  <td class="nowrap">
                    <a href={`/admin/cases/${c.id}`}>{c.code}</a>
                  </td>
                  <td>{c.agencyName}</td>
                  <td>{c.comment ? excerpt(c.comment) : <span class="muted">{t('noComment')}</span>}</td>
                  <td class="nowrap">{formatVietnamDay(c.openedAt, lang)}</td>
                  <td class="nowrap">
                    {formatDate(c.dueOn, lang)}
                    {c.overdue && <span class="badge badge-overdue">{t('overdue')}</span>}
                  </td>
                  <td>{t(`status.${c.status}`)}</td>
                </tr>
              ))}
            </ListTable>
          )
        }
      </Loaded>
    </section>
  )
}
