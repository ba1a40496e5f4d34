import { useState } from 'preact/hooks'
import { endpoints } from '../../../shared/api/endpoints'
import { call } from '../../api/client'
import { useT } from '../../i18n/translate'
import { Alert } from '../ui/Alert'
import { Field } from '../ui/Field'
import { useSubmit } from '../ui/use-submit'
import { languageMessages } from './messages'

export function AddLanguageForm({ onAdded }: { onAdded: () => void }) {
  const t = useT(languageMessages)
  const submit = useSubmit()
  const [code, setCode] = useState('')
  const [name, setName] = useState('')
  const [added, setAdded] = useState<string | null>(null)
  const onSubmit = async (event: Event) => {
    event.preventDefault()
    setAdded(null)
    if (await submit.run(() => call(endpoints.languages.add, { body: { code, name } }))) {
      setAdded(name)
      setCode('')
      setName('')
      onAdded()
    }
  }
  return (
    <form class="card form" onSubmit={onSubmit} noValidate>
      <h2>{t('add')}</h2>
      {submit.error && <Alert>{submit.error}</Alert>}
      {added && <Alert kind="info">{t('added', { name: added })}</Alert>}
      <Field id="language-code" label={t('code')} hint={t('codeHint')} error={submit.fields.code}>
        <input value={code} onInput={(e) => setCode(e.currentTarget.value)} autocomplete="off" spellcheck={false} />
      </Field>
      <Field id="language-name" label={t('name')} hint={t('nameHint')} error={submit.fields.name}>
        <input value={name} onInput={(e) => setName(e.currentTarget.value)} autocomplete="off" />
      </Field>
      <div class="actions">
        <button type="submit" class="button primary" disabled={submit.busy}>
          {t('add')}
        </button>
      </div>
    </form>
  )
}
