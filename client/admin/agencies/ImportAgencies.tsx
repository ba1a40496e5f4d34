import { useState } from 'preact/hooks'
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '../../../shared/agencies/import'
import { AGENCY_KINDS } from '../../../shared/agencies/kinds'
import type { AgencyImportReport } from '../../../shared/agencies/schemas'
import { endpoints } from '../../../shared/api/endpoints'
import { call } from '../../api/client'
import { useT } from '../../i18n/translate'
import { adminMessages } from '../messages'
import { Alert } from '../ui/Alert'
import { Field } from '../ui/Field'
import { FormActions } from '../ui/FormActions'
import { useSubmit } from '../ui/use-submit'
import { agencyMessages } from './messages'

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/**
 * Sends an Excel or CSV file, as it is, to the import API (which reads the encodings Excel
 * writes) and shows what was created and every rejected row with its reason in words.
 */
export function ImportAgencies({ onImported, onClose }: { onImported: () => void; onClose: () => void }) {
  const t = useT(agencyMessages)
  const common = useT(adminMessages)
  const submit = useSubmit()
  const [file, setFile] = useState<File | null>(null)
  const [report, setReport] = useState<AgencyImportReport | null>(null)

  const onSubmit = async (event: Event) => {
    event.preventDefault()
    if (!file) return
    setReport(null)
    await submit.run(async () => {
      const contentType = /\.xlsx$/i.test(file.name) ? XLSX_TYPE : 'text/csv'
      const result = await call(endpoints.agencies.import, { upload: file, contentType })
      setReport(result)
      if (result.created > 0) onImported()
    })
  }
  const fileProblem = submit.issues.file?.code

  return (
    <form class="card form" onSubmit={onSubmit}>
      <h2>{t('importTitle')}</h2>
      <p class="muted">{t('importHelp')}</p>
      <p class="muted">
        {t('importKinds')} {AGENCY_KINDS.map((kind) => common(`kind.${kind}`)).join('; ')}.
      </p>
      <p class="muted">{t('importFormats', { rows: MAX_IMPORT_ROWS.toLocaleString('vi-VN'), mb: MAX_IMPORT_BYTES / 1024 / 1024 })}</p>
      <p class="toolbar">
        <a class="button" href="/api/v1/agencies/import-template.xlsx" download>
          {t('templateXlsx')}
        </a>
        <a class="button ghost" href="/api/v1/agencies/import-template.csv" download>
          {t('templateCsv')}
        </a>
      </p>
      {submit.error && (
        <Alert>
          {fileProblem === 'missing_columns'
            ? t('importHeader')
            : fileProblem === 'too_many_rows'
              ? t('importTooManyRows', { rows: MAX_IMPORT_ROWS })
              : submit.error}
        </Alert>
      )}
      <Field id="agency-import-file" label={t('importFile')}>
        <input type="file" accept={`.xlsx,.csv,text/csv,${XLSX_TYPE}`} onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)} />
      </Field>
      <FormActions busy={!file || submit.busy} label={t('importRun')} onCancel={onClose} />
      {report && (
        <div class="import-report">
          <Alert kind={report.rejected.length ? 'warning' : 'success'}>
            {t('importDone', { created: report.created })}
            {report.rejected.length > 0 && ` ${t('importRejected', { count: report.rejected.length })}`}
          </Alert>
          {report.encoding !== 'utf-8' && report.encoding !== 'xlsx' && <Alert kind="info">{t(`importEncoding.${report.encoding}`)}</Alert>}
          {report.rejected.length > 0 && (
            <div class="table-wrap import-rejections">
              <table class="table">
                <thead>
                  <tr>
                    <th>{t('line')}</th>
                    <th>{t('field')}</th>
                    <th>{t('value')}</th>
                    <th>{t('reason')}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.rejected.map((row) => (
                    <tr key={`${row.line}-${row.code}`}>
                      <td>{row.line}</td>
                      <td>{row.field ? t(`column.${row.field as 'name'}`) : '—'}</td>
                      <td class="wrap">{row.value ?? ''}</td>
                      <td class="wrap">{t(`rejection.${row.code}`)}</td>
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
