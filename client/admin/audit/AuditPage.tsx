import { useEffect, useState } from 'preact/hooks'
import { api } from '../../api/client'
import { useT } from '../../i18n/translate'
import { useLanguage } from '../../i18n/language'
import type { AuditEntry, AuditPage as AuditPageData } from '../../../shared/audit/schemas'
import { Alert } from '../ui/Alert'
import { useSubmit } from '../ui/use-submit'
import { auditMessages } from './messages'

const PAGE_SIZE = 50

function formatTime(iso: string, lang: string): string {
  return new Date(iso).toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short', timeStyle: 'medium' })
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
      const page = await api<AuditPageData>('/audit', { query: { limit: PAGE_SIZE, before } })
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
                  <td class="nowrap">{formatTime(entry.at, lang)}</td>
                  <td>
                    {entry.userEmail ?? t('system')}
                    {entry.userOrganisation && (
                      <div class="muted">
                        <small>{entry.userOrganisation}</small>
                      </div>
                    )}
                  </td>
                  <td>
                    <code>{entry.action}</code>
                  </td>
                  <td>
                    <code>
                      {entry.entity}
                      {entry.entityId && ` #${entry.entityId}`}
                    </code>
                  </td>
                  <td class="details">{entry.details === null || entry.details === undefined ? '' : <code>{JSON.stringify(entry.details)}</code>}</td>
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
