import { useState } from 'preact/hooks'
import { api } from '../../api/client'
import { useT } from '../../i18n/translate'
import type { AgencyImportReport } from '../../../shared/agencies/schemas'
import { adminMessages } from '../messages'
import { Alert } from '../ui/Alert'
import { Field } from '../ui/Field'
import { useSubmit } from '../ui/use-submit'
import { agencyMessages } from './messages'

/** Sends a CSV file to the import API and shows what was created and which rows were rejected, and why. */
export function ImportAgencies({ onImported, onClose }: { onImported: () => void; onClose: () => void }) {
  const t = useT(agencyMessages)
  const common = useT(adminMessages)
  const submit = useSubmit()
  const [file, setFile] = useState<File | null>(null)
  const [report, setReport] = useState<AgencyImportReport | null>(null)

  const onSubmit = async (event: Event) => {
    event.preventDefault()
    if (!file) return
    await submit.run(async () => {
      const result = await api<AgencyImportReport>('/agencies/import', { body: await file.text(), contentType: 'text/csv' })
      setReport(result)
      if (result.created > 0) onImported()
    })
  }

  return (
    <form class="card form" onSubmit={onSubmit}>
      <h2>{t('importTitle')}</h2>
      <p class="muted">{t('importHelp')}</p>
      {submit.error && <Alert>{submit.error}</Alert>}
      <Field id="agency-import-file" label={t('importFile')}>
        <input type="file" accept=".csv,text/csv" onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)} />
      </Field>
      <div class="actions">
        <button type="submit" class="button primary" disabled={!file || submit.busy}>
          {t('importRun')}
        </button>
        <button type="button" class="button" onClick={onClose}>
          {common('common.cancel')}
        </button>
      </div>
      {report && (
        <div class="import-report">
          <Alert kind={report.rejected.length ? 'warning' : 'success'}>
            {t('importDone', { created: report.created })}
            {report.rejected.length > 0 && ` ${t('importRejected', { count: report.rejected.length })}`}
          </Alert>
          {report.rejected.length > 0 && (
            <div class="table-wrap">
              <table class="table">
                <thead>
                  <tr>
                    <th>{t('line')}</th>
                    <th>{t('field')}</th>
                    <th>{t('reason')}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.rejected.map((row) => (
                    <tr key={`${row.line}-${row.reason}`}>
                      <td>{row.line}</td>
                      <td>{row.field ?? '—'}</td>
                      <td>{row.reason}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      )}
    </form>
  )
}
