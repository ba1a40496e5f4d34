import { useState } from 'preact/hooks'
import type { FieldIssue } from '../../../shared/http/errors'
import { ApiClientError } from '../../api/client'
import { useLanguage } from '../../i18n/language'
import { useT } from '../../i18n/translate'
import { adminMessages } from '../messages'
import { describeError, fieldMessage } from './errors'

export interface Submission {
  busy: boolean
  /** The form-level message, or null. */
  error: string | null
  /** Field name → message in the chosen language. */
  fields: Record<string, string>
  /** Field name → the API's code for it. */
  issues: Record<string, FieldIssue>
  /** Runs `action`; an API error fills `error` and `fields`. Resolves to whether it succeeded. */
  run: (action: () => Promise<unknown>) => Promise<boolean>
  clear: () => void
}

export function useSubmit(): Submission {
  const t = useT(adminMessages)
  const lang = useLanguage()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const issues = error instanceof ApiClientError ? error.issues : {}
  const fields = Object.fromEntries(Object.entries(issues).map(([field, issue]) => [field, fieldMessage(lang, issue)]))
  return {
    busy,
    error: error === null ? null : describeError(t, error),
    fields,
    issues,
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
