import { useLocation } from 'preact-iso'
import { endpoints } from '../../../shared/api/endpoints'
import { call } from '../../api/client'
import { useLanguage } from '../../i18n/language'
import { useT } from '../../i18n/translate'
import { adminMessages } from '../messages'
import { can, useUser } from '../session'
import { Alert } from '../ui/Alert'
import { formatVietnamDay } from '../ui/dates'
import { ListTable, PageHead } from '../ui/ListPage'
import { Loaded } from '../ui/Loaded'
import { useReloadable } from '../ui/use-reloadable'
import { useSubmit } from '../ui/use-submit'
import { questionnaireMessages } from './messages'

/** Copies a version to a new draft and opens it. */
export function useCopyQuestionnaire() {
  const submit = useSubmit()
  const { route } = useLocation()
  const copy = (basedOnId: number) =>
    submit.run(async () => {
      const draft = await call(endpoints.questionnaires.create, { body: { basedOnId } })
      route(`/admin/questionnaires/${draft.id}`)
    })
  return { copy, submit }
}

export function QuestionnairesPage() {
  const t = useT(questionnaireMessages)
  const common = useT(adminMessages)
  const lang = useLanguage()
  const admin = can(useUser(), 'manageSetup')
  const [list] = useReloadable((signal) => call(endpoints.questionnaires.list, { signal }))
  const { copy, submit } = useCopyQuestionnaire()
  return (
    <section>
      <PageHead title={t('title')} intro={t('intro')} />
      {submit.error && <Alert>{submit.error}</Alert>}
      <Loaded resource={list}>
        {(items) => (
          <ListTable headers={[t('name'), t('kind'), t('version'), t('status'), '']}>
            {items.map((q) => (
              <tr key={q.id}>
                <td>
                  <a href={`/admin/questionnaires/${q.id}`}>{q.name}</a>
                  {q.builtin && <span class="badge">{t('builtin')}</span>}
                </td>
                <td>{t(`kind.${q.kind}`)}</td>
                <td>{q.version}</td>
                <td>
                  <span class={`badge status-${q.status}`}>{common(`status.${q.status}`)}</span>
                  {q.publishedAt && <small class="muted"> {formatVietnamDay(q.publishedAt, lang)}</small>}
                </td>
                <td class="row-actions">
                  <a class="button small" href={`/admin/questionnaires/${q.id}`}>
                    {t('view')}
                  </a>
                  {admin && (
                    <button type="button" class="button small" disabled={submit.busy} onClick={() => copy(q.id)}>
                      {t('copy')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </ListTable>
        )}
      </Loaded>
    </section>
  )
}
