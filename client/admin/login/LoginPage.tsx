import { useState } from 'preact/hooks'
import { useLocation } from 'preact-iso'
import { endpoints } from '../../../shared/api/endpoints'
import { ApiClientError, call } from '../../api/client'
import { useT } from '../../i18n/translate'
import { adminMessages } from '../messages'
import { useSession } from '../session'
import { Alert } from '../ui/Alert'
import { Field } from '../ui/Field'
import { useSubmit } from '../ui/use-submit'
import { loginMessages } from './messages'

/** Only same-site paths of the admin app (its pages under /admin, and the paper-form entry) are followed after login. */
export function safeNext(next: string | undefined): string {
  const adminApp = next?.startsWith('/admin') || next?.startsWith('/field/entry')
  return next && adminApp && !next.startsWith('/admin/login') ? next : '/admin'
}

export function LoginPage() {
  const t = useT(loginMessages)
  const common = useT(adminMessages)
  const { query, route } = useLocation()
  const session = useSession()
  const submit = useSubmit()
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [failure, setFailure] = useState<'wrong' | 'rateLimited' | null>(null)

  const onSubmit = async (event: Event) => {
    event.preventDefault()
    setFailure(null)
    const ok = await submit.run(async () => {
      try {
        await call(endpoints.auth.login, { body: { email, password } })
      } catch (error) {
        if (error instanceof ApiClientError && error.status === 401) setFailure('wrong')
        if (error instanceof ApiClientError && error.status === 429) setFailure('rateLimited')
        throw error
      }
    })
    if (ok) {
      await session.refresh()
      route(safeNext(query.next))
    }
  }

  const generalError = failure ? t(failure) : submit.error
  return (
    <section class="login">
      <form class="card login-card" onSubmit={onSubmit} noValidate>
        <h1>{t('title')}</h1>
        <p class="muted">{t('intro')}</p>
        {generalError && <Alert>{generalError}</Alert>}
        <Field id="login-email" label={t('email')} error={failure ? undefined : submit.fields.email}>
          <input type="email" autocomplete="username" required value={email} onInput={(e) => setEmail(e.currentTarget.value)} />
        </Field>
        <Field id="login-password" label={t('password')} error={failure ? undefined : submit.fields.password}>
          <input type="password" autocomplete="current-password" required value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
        </Field>
        <button type="submit" class="button primary wide" disabled={submit.busy}>
          {submit.busy ? t('busy') : t('submit')}
        </button>
        <p class="muted small">{common('app.subtitle')}</p>
      </form>
    </section>
  )
}
