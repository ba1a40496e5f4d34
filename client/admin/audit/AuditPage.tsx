import { useEffect, useState } from 'preact/hooks'
import { endpoints } from '../../../shared/api/endpoints'
import type { AuditEntry } from '../../../shared/audit/schemas'
import { call } from '../../api/client'
import { formatDateTime } from '../../i18n/format'
import { useLanguage } from '../../i18n/language'
import { useT } from '../../i18n/translate'
import { adminMessages } from '../messages'
import { Alert } from '../ui/Alert'
import { useSubmit } from '../ui/use-submit'
import { detailLines } from './describe-details'
import { auditMessages } from './messages'

const PAGE_SIZE = 50

type AuditKey = keyof (typeof auditMessages)['vi'] & string

/** A value as the admin words it: yes/no, statuses, kinds and roles in the chosen language, lists joined. */
function useDescribeValue() {
  const common = useT(adminMessages)
  const describe = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return '—'
    if (typeof value === 'boolean') return common(value ? 'common.yes' : 'common.no')
    if (Array.isArray(value)) return value.map((v) => describe(field, v)).join(', ')
    if (typeof value === 'object') return JSON.stringify(value)
    const text = String(value)
    if (field === 'status' && ['draft', 'open', 'closed', 'published'].includes(text)) return common(`status.${text as 'draft'}`)
    if (field === 'kind') return common(`kind.${text as 'other'}`)
    if (field === 'role') return common(`role.${text as 'admin'}`)
    return text
  }
  return describe
}

function Details({ details }: { details: unknown }) {
  const t = useT(auditMessages)
  const describe = useDescribeValue()
  const label = (field: string) => (`field.${field}` in auditMessages.vi ? t(`field.${field}` as AuditKey) : field)
  const lines = detailLines(details)
  if (lines.length === 0) return null
  return (
    <ul class="audit-details">
      {lines.map((line) => (
        <li key={line.field}>
          {line.field && <span class="muted">{label(line.field)}: </span>}
          {'from' in line ? (
            <>
              <del>{describe(line.field, line.from)}</del> → <strong>{describe(line.field, line.to)}</strong>
            </>
          ) : (
            describe(line.field, line.value)
          )}
        </li>
      ))}
    </ul>
  )
}

export function AuditPage() {
  const t = useT(auditMessages)
  const lang = useLanguage()
  const [items, setItems] = useState<AuditEntry[]>([])
  const [nextBefore, setNextBefore] = useState<number | null>(null)
  const [loaded, setLoaded] = useState(false)
  const submit = useSubmit()

  const load = (before?: number) =>
    submit.run(async () => {
      const page = await call(endpoints.audit.list, { query: { limit: PAGE_SIZE, before } })
      setItems((current) => (before === undefined ? page.items : [...current, ...page.items]))
      setNextBefore(page.nextBefore)
      setLoaded(true)
    })
  useEffect(() => void load(), [])

  return (
    <section>
      <h1>{t('title')}</h1>
      <p class="muted">{t('intro')}</p>
      {submit.error && <Alert>{submit.error}</Alert>}
      {loaded && items.length === 0 && <p class="muted">{t('empty')}</p>}
      {items.length > 0 && (
        <div class="table-wrap">
          <table class="table audit">
            <thead>
              <tr>
                <th>{t('at')}</th>
                <th>{t('user')}</th>
                <th>{t('action')}</th>
                <th>{t('entity')}</th>
                <th>{t('details')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((entry) => (
                <tr key={entry.id}>
                  <td class="nowrap">{formatDateTime(entry.at, lang)}</td>
                  <td>
                    {entry.userEmail ?? t('system')}
                    {entry.userOrganisation && (
                      <div class="muted">
                        <small>{entry.userOrganisation}</small>
                      </div>
                    )}
                  </td>
                  <td>{`action.${entry.action}` in auditMessages.vi ? t(`action.${entry.action}` as AuditKey) : entry.action}</td>
                  <td>
                    {`entity.${entry.entity}` in auditMessages.vi ? t(`entity.${entry.entity}` as AuditKey) : entry.entity}
                    {entry.entityId && ` #${entry.entityId}`}
                  </td>
                  <td class="details">
                    <Details details={entry.details} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {nextBefore !== null && (
        <button type="button" class="button" disabled={submit.busy} onClick={() => load(nextBefore)}>
          {t('more')}
        </button>
      )}
    </section>
  )
}
