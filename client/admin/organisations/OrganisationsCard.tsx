import { useState } from 'preact/hooks'
import { endpoints } from '../../../shared/api/endpoints'
import type { Organisation } from '../../../shared/organisations/schemas'
import { call } from '../../api/client'
import { useT } from '../../i18n/translate'
import { Alert } from '../ui/Alert'
import { Field } from '../ui/Field'
import { useSubmit } from '../ui/use-submit'
import { organisationMessages } from './messages'

/** The partner organisations, and a form for admins to add one. */
export function OrganisationsCard({ organisations, onAdded }: { organisations: Organisation[]; onAdded: () => void }) {
  const t = useT(organisationMessages)
  const submit = useSubmit()
  const [name, setName] = useState('')
  const [added, setAdded] = useState<string | null>(null)
  const add = async (event: Event) => {
    event.preventDefault()
    setAdded(null)
    if (await submit.run(() => call(endpoints.organisations.create, { body: { name } }))) {
      setAdded(name.trim())
      setName('')
      onAdded()
    }
  }
  return (
    <section class="card organisations">
      <h2>{t('title')}</h2>
      <p class="muted">{t('intro')}</p>
      <ul class="unit-list">
        {organisations.map((o) => (
          <li key={o.id}>{o.name}</li>
        ))}
      </ul>
      <form class="form" onSubmit={add} noValidate>
        {submit.error && <Alert>{submit.fields.name ?? submit.error}</Alert>}
        {added && <Alert kind="success">{t('added', { name: added })}</Alert>}
        <Field id="organisation-name" label={t('name')} error={submit.fields.name}>
          <input value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </Field>
        <div class="actions">
          <button type="submit" class="button" disabled={submit.busy}>
            {t('add')}
          </button>
        </div>
      </form>
    </section>
  )
}
