import { useState } from 'preact/hooks'
import { ApiClientError } from '../../api/client'
import { useT } from '../../i18n/translate'
import { adminMessages } from '../messages'
import { describeError, fieldMessage } from './errors'

export interface Submission {
  busy: boolean
  /** The form-level message, or null. */
  error: string | null
  /** Field name → message, translated where known. */
  fields: Record<string, string>
  /** Runs `action`; an API error fills `error` and `fields`. Resolves to whether it succeeded. */
  run: (action: () => Promise<unknown>) => Promise<boolean>
  clear: () => void
}

export function useSubmit(): Submission {
  const t = useT(adminMessages)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const fields = error instanceof ApiClientError ? Object.fromEntries(Object.entries(error.fields).map(([k, v]) => [k, fieldMessage(t, v)])) : {}
  return {
    busy,
    error: error === null ? null : describeError(t, error),
    fields,
    clear: () => setError(null),
    run: async (action) => {
      setBusy(true)
      setError(null)
      try {
        await action()
        return true
      } catch (err) {
        setError(err)
        return false
      } finally {
        setBusy(false)
      }
    },
  }
}
