import { useRoute } from 'preact-iso'
import { endpoints } from '../../../shared/api/endpoints'
import { call } from '../../api/client'
import { useT } from '../../i18n/translate'
import { can, useUser } from '../session'
import { Loaded } from '../ui/Loaded'
import { useReloadable } from '../ui/use-reloadable'
import { AddLanguageForm } from './AddLanguageForm'
import { languageMessages } from './messages'
import { PackWorkbook } from './PackWorkbook'
import { Recordings } from './Recordings'

async function load(id: string, signal: AbortSignal) {
  const [questionnaire, texts] = await Promise.all([
    call(endpoints.questionnaires.get, { params: { id }, signal }),
    call(endpoints.languages.texts, { params: { id }, signal }),
  ])
  return { questionnaire, texts }
}

/** `/admin/questionnaires/:id/languages`: the languages, the translation spreadsheet and the read-aloud recordings of one questionnaire version. */
export function QuestionnaireLanguagesPage() {
  const t = useT(languageMessages)
  const admin = can(useUser(), 'manageSetup')
  const { params } = useRoute()
  const [resource, reload] = useReloadable((signal) => load(params.id!, signal), [params.id])
  return (
    <section>
      <Loaded resource={resource}>
        {({ questionnaire, texts }) => (
          <>
            <p>
              <a href={`/admin/questionnaires/${questionnaire.id}`}>← {questionnaire.name}</a>
            </p>
            <h1>{t('title', { name: `${questionnaire.name} (v${questionnaire.version})` })}</h1>
            <p class="muted">{t('intro')}</p>
            <div class="split">
              <div>
                <section class="card">
                  <h2>{t('languages')}</h2>
                  <ul class="language-list">
                    {texts.languages.map((language) => (
                      <li key={language.code}>
                        <span lang={language.code}>{language.name}</span> <code>{language.code}</code>
                        {language.builtin && <span class="muted"> · {t('builtin')}</span>}
                      </li>
                    ))}
                  </ul>
                </section>
                <PackWorkbook questionnaireId={questionnaire.id} admin={admin} onImported={reload} />
              </div>
              {admin && (
                <div class="side-panel">
                  <AddLanguageForm onAdded={reload} />
                </div>
              )}
            </div>
            <Recordings questionnaireId={questionnaire.id} texts={texts} admin={admin} onSaved={reload} />
          </>
        )}
      </Loaded>
    </section>
  )
}
