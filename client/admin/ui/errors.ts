import type { FieldIssue } from '../../../shared/http/errors'
import type { Language } from '../../../shared/i18n'
import { ApiClientError } from '../../api/client'
import { type Translate, translate } from '../../i18n/translate'
import type { adminMessages } from '../messages'
import { fieldMessages } from './messages'

type T = Translate<(typeof adminMessages)['vi']>

/** A field's problem, by its code, in the chosen language. */
export function fieldMessage(lang: Language, issue: FieldIssue): string {
  return translate(fieldMessages, lang, issue.code, issue.limit === undefined ? undefined : { limit: issue.limit })
}

/** One sentence for the top of a form or page: what went wrong, in the chosen language where it is known. */
export function describeError(t: T, error: unknown): string {
  if (!(error instanceof ApiClientError)) return t('error.network')
  if (error.status === 403) return t('error.forbidden')
  if (error.status === 404) return t('error.notFound')
  if (Object.keys(error.issues).length > 0) return t('error.fields')
  return t('error.generic', { message: error.message })
}
