import { useState } from 'preact/hooks'
import { useRoute } from 'preact-iso'
import { endpoints } from '../../../shared/api/endpoints'
import type { Questionnaire } from '../../../shared/questionnaires/schemas'
import { call } from '../../api/client'
import { useLanguage } from '../../i18n/language'
import { useT } from '../../i18n/translate'
import { languageMessages } from '../languages/messages'
import { adminMessages } from '../messages'
import { can, useUser } from '../session'
import { Alert } from '../ui/Alert'
import { formatVietnamDay } from '../ui/dates'
import { Loaded } from '../ui/Loaded'
import { useReloadable } from '../ui/use-reloadable'
import { useSubmit } from '../ui/use-submit'
import { questionnaireMessages } from './messages'
import { QuestionnaireEditor } from './QuestionnaireEditor'
import { useCopyQuestionnaire } from './QuestionnairesPage'
import { QuestionnaireView } from './QuestionnaireView'

export function QuestionnairePage() {
  const t = useT(questionnaireMessages)
  const common = useT(adminMessages)
  const languages = useT(languageMessages)
  const lang = useLanguage()
  const admin = can(useUser(), 'manageSetup')
  const { params } = useRoute()
  const [resource, reload] = useReloadable((signal) => call(endpoints.questionnaires.get, { params: { id: params.id! }, signal }), [params.id])
  const [editing, setEditing] = useState(false)
  const publish = useSubmit()
  const { copy, submit: copying } = useCopyQuestionnaire()

  const onPublish = async (q: Questionnaire) => {
    if (!confirm(t('confirmPublish'))) return
    if (await publish.run(() => call(endpoints.questionnaires.publish, { params: { id: q.id } }))) reload()
  }

  return (
    <section>
      <p>
        <a href="/admin/questionnaires">← {t('title')}</a>
      </p>
      <Loaded resource={resource}>
        {(q) => (
          <>
            <div class="page-head">
              <div>
                <h1>{q.name}</h1>
                <p class="muted">
                  {t(`kind.${q.kind}`)} · {t('version')} {q.version} · {t('scoring')}: {t(`scoring.${q.scoring}`)} ·{' '}
                  <span class={`badge status-${q.status}`}>{common(`status.${q.status}`)}</span>
                </p>
              </div>
              {!editing && (
                <div class="toolbar">
                  <a class="button" href={`/admin/questionnaires/${q.id}/languages`}>
                    {languages('open')}
                  </a>
                  {admin && (
                    <button type="button" class="button" disabled={copying.busy} onClick={() => copy(q.id)}>
                      {t('copy')}
                    </button>
                  )}
                  {admin && q.status === 'draft' && (
                    <>
                      <button type="button" class="button" onClick={() => setEditing(true)}>
                        {t('edit')}
                      </button>
                      <button type="button" class="button primary" disabled={publish.busy} onClick={() => onPublish(q)}>
                        {t('publish')}
                      </button>
                    </>
                  )}
                </div>
              )}
            </div>
            {(publish.error || copying.error) && <Alert>{publish.error ?? copying.error}</Alert>}
            <Alert kind="info">
              {q.status === 'published' ? t('frozen', { date: q.publishedAt ? formatVietnamDay(q.publishedAt, lang) : '—' }) : t('draftNote')}
            </Alert>
            {editing ? (
              <QuestionnaireEditor
                questionnaire={q}
                onCancel={() => setEditing(false)}
                onSaved={() => {
                  setEditing(false)
                  reload()
                }}
              />
            ) : (
              <QuestionnaireView questionnaire={q} />
            )}
          </>
        )}
      </Loaded>
    </section>
  )
}
