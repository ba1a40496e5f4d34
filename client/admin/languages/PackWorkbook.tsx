import { useState } from 'preact/hooks'
import { endpoints } from '../../../shared/api/endpoints'
import { call } from '../../api/client'
import { useT } from '../../i18n/translate'
import { Alert } from '../ui/Alert'
import { Field } from '../ui/Field'
import { useSubmit } from '../ui/use-submit'
import { languageMessages } from './messages'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** Download the texts as a spreadsheet; import it back translated, or see every refused cell. */
export function PackWorkbook({ questionnaireId, admin, onImported }: { questionnaireId: number; admin: boolean; onImported: () => void }) {
  const t = useT(languageMessages)
  const submit = useSubmit()
  const [file, setFile] = useState<File | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const onSubmit = async (event: Event) => {
    event.preventDefault()
    if (!file) return
    setDone(null)
    let result: { imported: { lang: string; texts: number }[] } | undefined
    if (
      await submit.run(
        async () => (result = await call(endpoints.languages.importWorkbook, { params: { id: questionnaireId }, upload: file, contentType: XLSX })),
      )
    ) {
      setDone(t('imported', { summary: result!.imported.map((i) => t('importedOne', i)).join(', ') }))
      onImported()
    }
  }
  const cells = submit.error !== null ? Object.entries(submit.fields).filter(([cell]) => /^[A-Z]+\d+$/.test(cell)) : []
  return (
    <section class="card">
      <h2>{t('workbook')}</h2>
      <p class="muted">{t('workbookHelp')}</p>
      <p>
        <a class="button" href={`/api/v1/questionnaires/${questionnaireId}/texts.xlsx`} download>
          {t('export')}
        </a>
      </p>
      {admin && (
        <form class="form" onSubmit={onSubmit} noValidate>
          {cells.length > 0 ? (
            <div class="alert alert-error pack-refused" role="alert">
              <p>{t('refused')}</p>
              <ul>
                {cells.map(([cell, message]) => (
                  <li key={cell}>
                    <strong>{cell}</strong>: {message}
                  </li>
                ))}
              </ul>
            </div>
          ) : (
            submit.error && <Alert>{submit.error}</Alert>
          )}
          {done && <Alert kind="info">{done}</Alert>}
          <Field id="pack-file" label={t('importFile')} error={submit.fields.file}>
            <input type="file" accept={`.xlsx,${XLSX}`} onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)} />
          </Field>
          <div class="actions">
            <button type="submit" class="button primary" disabled={submit.busy || !file}>
              {t('import')}
            </button>
          </div>
        </form>
      )}
    </section>
  )
}
