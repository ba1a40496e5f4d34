import { useState } from 'preact/hooks'
import { DEVICE_SESSION_DAYS } from '../../shared/field/device-session'
import type { FieldLogin } from '../../shared/field/schemas'
import { ApiClientError } from '../api/client'
import { useFieldT } from './language'

/** Logs the device in; the email stays filled in when a revoked or expired session asks for it again. */
export function Login({ onLogin, email = '' }: { onLogin: (body: FieldLogin) => Promise<void>; email?: string | undefined }) {
  const t = useFieldT()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function submit(event: SubmitEvent) {
    event.preventDefault()
    const form = new FormData(event.currentTarget as HTMLFormElement)
    setBusy(true)
    setError(null)
    try {
      await onLogin({ email: String(form.get('email')), password: String(form.get('password')), deviceLabel: String(form.get('deviceLabel')) })
    } catch (failure) {
      const status = failure instanceof ApiClientError ? failure.status : 0
      setError(status === 401 || status === 400 ? t('wrongLogin') : status === 429 ? t('tooManyAttempts') : t('loginOffline'))
    } finally {
      setBusy(false)
    }
  }

  return (
    <form class="field-card login" onSubmit={submit}>
      <h2>{t('loginTitle')}</h2>
      <p class="hint">{t('loginIntro', { days: DEVICE_SESSION_DAYS })}</p>
      <label>
        {t('email')}
        <input name="email" type="email" autocomplete="username" required defaultValue={email} />
      </label>
      <label>
        {t('password')}
        <input name="password" type="password" autocomplete="current-password" required />
      </label>
      <label>
        {t('deviceLabel')}
        <input name="deviceLabel" required maxLength={100} />
      </label>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" class="primary big" disabled={busy}>
        {busy ? t('loggingIn') : t('login')}
      </button>
    </form>
  )
}
