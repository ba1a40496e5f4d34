import { useState } from 'preact/hooks'
import type { Agency } from '../../../shared/agencies/schemas'
import { endpoints } from '../../../shared/api/endpoints'
import { ROLES } from '../../../shared/auth/roles'
import type { Role } from '../../../shared/auth/schemas'
import type { Organisation } from '../../../shared/organisations/schemas'
import type { User } from '../../../shared/users/schemas'
import { call } from '../../api/client'
import { useT } from '../../i18n/translate'
import { buildAgencyTree, flattenTree } from '../agencies/tree'
import { adminMessages } from '../messages'
import { OrganisationOptions } from '../organisations/OrganisationOptions'
import { Alert } from '../ui/Alert'
import { Field } from '../ui/Field'
import { FormActions } from '../ui/FormActions'
import { useSubmit } from '../ui/use-submit'
import { userMessages } from './messages'

export function CreateUserForm({
  agencies,
  organisations,
  onSaved,
  onCancel,
}: {
  agencies: Agency[]
  organisations: Organisation[]
  onSaved: () => void
  onCancel: () => void
}) {
  const t = useT(userMessages)
  const common = useT(adminMessages)
  const submit = useSubmit()
  const [email, setEmail] = useState('')
  const [name, setName] = useState('')
  const [password, setPassword] = useState('')
  const [role, setRole] = useState<Role>('unit_manager')
  const [agencyId, setAgencyId] = useState('')
  const [organisationId, setOrganisationId] = useState('')

  const onSubmit = async (event: Event) => {
    event.preventDefault()
    const body = {
      email,
      name,
      password,
      role,
      agencyId: role === 'admin' || !agencyId ? null : Number(agencyId),
      organisationId: organisationId ? Number(organisationId) : null,
    }
    if (await submit.run(() => call(endpoints.users.create, { body }))) onSaved()
  }
  return (
    <form class="card form" onSubmit={onSubmit} noValidate>
      <h2>{t('createTitle')}</h2>
      {submit.error && <Alert>{submit.error}</Alert>}
      <Field id="user-name" label={t('name')} error={submit.fields.name}>
        <input value={name} onInput={(e) => setName(e.currentTarget.value)} />
      </Field>
      <Field id="user-email" label={t('email')} error={submit.fields.email}>
        <input type="email" autocomplete="off" value={email} onInput={(e) => setEmail(e.currentTarget.value)} />
      </Field>
      <Field id="user-password" label={t('password')} hint={t('passwordHint')} error={submit.fields.password}>
        <input type="text" autocomplete="new-password" value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
      </Field>
      <Field id="user-role" label={t('role')} error={submit.fields.role}>
        <select value={role} onChange={(e) => setRole(e.currentTarget.value as Role)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {common(`role.${r}`)}
            </option>
          ))}
        </select>
      </Field>
      {role !== 'admin' && (
        <Field id="user-agency" label={t('agency')} hint={t('agencyHint')} error={submit.fields.agencyId}>
          <select value={agencyId} onChange={(e) => setAgencyId(e.currentTarget.value)}>
            <option value="">{t('allAgencies')}</option>
            {flattenTree(buildAgencyTree(agencies.filter((a) => a.active))).map((node) => (
              <option key={node.agency.id} value={node.agency.id}>
                {'\u00a0\u00a0'.repeat(node.depth) + node.agency.name}
              </option>
            ))}
          </select>
        </Field>
      )}
      <Field id="user-organisation" label={t('organisation')} hint={t('organisationHint')} error={submit.fields.organisationId}>
        <select value={organisationId} onChange={(e) => setOrganisationId(e.currentTarget.value)}>
          <OrganisationOptions organisations={organisations} />
        </select>
      </Field>
      <FormActions busy={submit.busy} onCancel={onCancel} />
    </form>
  )
}

export function ResetPasswordForm({ user, onSaved, onCancel }: { user: User; onSaved: () => void; onCancel: () => void }) {
  const t = useT(userMessages)
  const submit = useSubmit()
  const [password, setPassword] = useState('')
  const onSubmit = async (event: Event) => {
    event.preventDefault()
    if (await submit.run(() => call(endpoints.users.update, { params: { id: user.id }, body: { password } }))) onSaved()
  }
  return (
    <form class="card form" onSubmit={onSubmit} noValidate>
      <h2>{t('resetTitle', { name: user.name })}</h2>
      {submit.error && <Alert>{submit.error}</Alert>}
      <Field id="reset-password" label={t('newPassword')} hint={t('passwordHint')} error={submit.fields.password}>
        <input type="text" autocomplete="new-password" value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
      </Field>
      <FormActions busy={submit.busy} onCancel={onCancel} />
    </form>
  )
}
