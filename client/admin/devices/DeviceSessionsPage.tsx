import { endpoints } from '../../../shared/api/endpoints'
import type { DeviceSession } from '../../../shared/field/schemas'
import { call } from '../../api/client'
import { formatDateTime } from '../../i18n/format'
import { useLanguage } from '../../i18n/language'
import { useT } from '../../i18n/translate'
import { Alert } from '../ui/Alert'
import { ListTable, PageHead } from '../ui/ListPage'
import { Loaded } from '../ui/Loaded'
import { useReloadable } from '../ui/use-reloadable'
import { useSubmit } from '../ui/use-submit'
import { deviceMessages } from './messages'

/** The surveyors' device sessions (interview mode), revocable by admins. */
export function DeviceSessionsPage() {
  const t = useT(deviceMessages)
  const lang = useLanguage()
  const [resource, reload] = useReloadable((signal) => call(endpoints.deviceSessions.list, { signal }))
  const revoke = useSubmit()
  const onRevoke = async (session: DeviceSession) => {
    if (!confirm(t('confirmRevoke', { label: session.label, name: session.userName }))) return
    if (await revoke.run(() => call(endpoints.deviceSessions.revoke, { params: { id: session.id } }))) reload()
  }
  return (
    <section>
      <PageHead title={t('title')} intro={t('intro')} />
      {revoke.error && <Alert>{revoke.error}</Alert>}
      <Loaded resource={resource}>
        {(sessions) =>
          sessions.length === 0 ? (
            <p class="muted">{t('empty')}</p>
          ) : (
            <ListTable name="devices" headers={[t('surveyor'), t('organisation'), t('label'), t('createdAt'), t('lastSeenAt'), t('expiresAt'), t('status')]}>
              {sessions.map((session) => (
                <tr key={session.id} class={session.revokedAt ? 'inactive' : undefined}>
                  <td>
                    <strong>{session.userName}</strong>
                    <br />
                    <small class="muted">{session.userEmail}</small>
                  </td>
                  <td>{session.organisationName ?? '—'}</td>
                  <td>{session.label}</td>
                  <td class="nowrap">{formatDateTime(session.createdAt, lang)}</td>
                  <td class="nowrap">{formatDateTime(session.lastSeenAt, lang)}</td>
                  <td class="nowrap">{formatDateTime(session.expiresAt, lang)}</td>
                  <td>
                    {session.revokedAt ? (
                      t('revokedAt', { time: formatDateTime(session.revokedAt, lang) })
                    ) : (
                      <button type="button" class="button small danger" disabled={revoke.busy} onClick={() => onRevoke(session)}>
                        {t('revoke')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </ListTable>
          )
        }
      </Loaded>
    </section>
  )
}
