import { useState } from 'preact/hooks'
import { endpoints } from '../../../shared/api/endpoints'
import type { User } from '../../../shared/users/schemas'
import { call } from '../../api/client'
import { useT } from '../../i18n/translate'
import { adminMessages } from '../messages'
import { OrganisationOptions } from '../organisations/OrganisationOptions'
import { OrganisationsCard } from '../organisations/OrganisationsCard'
import { useUser } from '../session'
import { Alert } from '../ui/Alert'
import { ListTable, PageHead } from '../ui/ListPage'
import { Loaded } from '../ui/Loaded'
import { useReloadable } from '../ui/use-reloadable'
import { useSubmit } from '../ui/use-submit'
import { userMessages } from './messages'
import { CreateUserForm, ResetPasswordForm } from './UserForms'

type Panel = { mode: 'create' } | { mode: 'password'; user: User } | null

async function loadUsers(signal: AbortSignal) {
  const [users, agencies, organisations] = await Promise.all([
    call(endpoints.users.list, { signal }),
    call(endpoints.agencies.list, { signal }),
    call(endpoints.organisations.list, { signal }),
  ])
  return { users, agencies, organisations }
}

export function UsersPage() {
  const t = useT(userMessages)
  const common = useT(adminMessages)
  const me = useUser()
  const [resource, reload] = useReloadable(loadUsers)
  const [panel, setPanel] = useState<Panel>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const toggle = useSubmit()

  const setActive = async (user: User, active: boolean) => {
    if (!active && !confirm(t('confirmDeactivate', { name: user.name }))) return
    if (await toggle.run(() => call(endpoints.users.update, { params: { id: user.id }, body: { active } }))) reload()
  }
  const setOrganisation = async (user: User, organisationId: number | null) => {
    if (await toggle.run(() => call(endpoints.users.update, { params: { id: user.id }, body: { organisationId } }))) reload()
  }

  return (
    <section>
      <PageHead title={t('title')} intro={t('intro')}>
        <button type="button" class="button primary" onClick={() => (setNotice(null), setPanel({ mode: 'create' }))}>
          {t('add')}
        </button>
      </PageHead>
      {toggle.error && <Alert>{toggle.error}</Alert>}
      {notice && <Alert kind="success">{notice}</Alert>}
      <Loaded resource={resource}>
        {({ users, agencies, organisations }) => {
          const agencyName = new Map(agencies.map((a) => [a.id, a.name]))
          return (
            <>
              <div class="split">
                <ListTable headers={[t('name'), t('role'), t('agency'), t('organisation'), t('status'), '']}>
                  {users.map((user) => (
                    <tr key={user.id} class={user.active ? undefined : 'inactive'}>
                      <td>
                        <strong>{user.name}</strong> {user.id === me.id && <small class="muted">{t('you')}</small>}
                        <br />
                        <small class="muted">{user.email}</small>
                      </td>
                      <td>{common(`role.${user.role}`)}</td>
                      <td>{user.agencyId === null ? '—' : (agencyName.get(user.agencyId) ?? `#${user.agencyId}`)}</td>
                      <td>
                        <select
                          aria-label={t('organisationOf', { name: user.name })}
                          value={user.organisationId ?? ''}
                          disabled={toggle.busy}
                          onChange={(e) => setOrganisation(user, e.currentTarget.value ? Number(e.currentTarget.value) : null)}
                        >
                          <OrganisationOptions organisations={organisations} />
                        </select>
                      </td>
                      <td>{user.active ? common('common.active') : common('common.inactive')}</td>
                      <td class="row-actions">
                        <button type="button" class="button small" onClick={() => (setNotice(null), setPanel({ mode: 'password', user }))}>
                          {t('resetPassword')}
                        </button>
                        {user.id !== me.id && (
                          <button type="button" class="button small" disabled={toggle.busy} onClick={() => setActive(user, !user.active)}>
                            {user.active ? t('deactivate') : t('reactivate')}
                          </button>
                        )}
                      </td>
                    </tr>
                  ))}
                </ListTable>
                {panel && (
                  <div class="side-panel">
                    {panel.mode === 'create' ? (
                      <CreateUserForm
                        agencies={agencies}
                        organisations={organisations}
                        onCancel={() => setPanel(null)}
                        onSaved={() => (setPanel(null), reload())}
                      />
                    ) : (
                      <ResetPasswordForm
                        key={panel.user.id}
                        user={panel.user}
                        onCancel={() => setPanel(null)}
                        onSaved={() => {
                          setNotice(t('passwordSaved', { name: panel.user.name }))
                          setPanel(null)
                        }}
                      />
                    )}
                  </div>
                )}
              </div>
              <OrganisationsCard organisations={organisations} onAdded={reload} />
            </>
          )
        }}
      </Loaded>
    </section>
  )
}
