import { useLocation } from 'preact-iso'
import { endpoints } from '../../../shared/api/endpoints'
import { call } from '../../api/client'
import { useT } from '../../i18n/translate'
import { useReloadable } from '../ui/use-reloadable'
import { casesMessages } from './messages'

/** The account's open and overdue cases, read again on each page change (a reply just saved lowers them). */
function useCaseSummary() {
  const { path } = useLocation()
  const [summary] = useReloadable((signal) => call(endpoints.cases.summary, { signal }), [path])
  return summary.status === 'ready' ? summary.data : null
}

/** Beside "Ý kiến người dân" in the menu: how many cases are overdue. */
export function OverdueBadge() {
  const t = useT(casesMessages)
  const summary = useCaseSummary()
  if (!summary || summary.overdue === 0) return null
  return (
    <span class="badge badge-overdue" title={t('overdueCount', { count: summary.overdue })}>
      {summary.overdue}
      <span class="visually-hidden"> {t('overdueCount', { count: summary.overdue })}</span>
    </span>
  )
}

/** On the home page: the cases waiting for an answer and the overdue ones. */
export function CasesHomeCard() {
  const t = useT(casesMessages)
  const summary = useCaseSummary()
  if (!summary) return null
  return (
    <article class={summary.overdue > 0 ? 'card cases-home overdue' : 'card cases-home'}>
      <h2>{t('home.title')}</h2>
      <p>
        {t('home.open', { count: summary.open })}
        {summary.overdue > 0 && <span class="badge badge-overdue">{t('home.overdue', { count: summary.overdue })}</span>}
      </p>
      <a href={summary.overdue > 0 ? '/admin/cases?status=overdue' : '/admin/cases'}>{t('home.go')} →</a>
    </article>
  )
}
