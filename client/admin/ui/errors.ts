import { ApiClientError } from '../../api/client'
import type { Translate } from '../../i18n/translate'
import type { adminMessages } from '../messages'

type T = Translate<(typeof adminMessages)['vi']>

/** Server field messages (English, from zod or the routes) that the admin shows in the chosen language. */
const KNOWN_FIELD_MESSAGES: [RegExp, Parameters<T>[0]][] = [
  [/^is required|^required|>=1 characters|received undefined/i, 'field.required'],
  [/email/i, 'field.email'],
  [/at least 10 characters/, 'field.minPassword'],
  [/must be a date/, 'field.date'],
  [/letters, digits/, 'field.code'],
  [/must not be before startsOn|must not be after endsOn/, 'field.endsBeforeStart'],
  [/must be a published questionnaire/, 'field.published'],
  [/already used/, 'field.taken'],
  [/only while the campaign is a draft|must be draft/, 'field.draftOnly'],
  [/at least one unit/, 'field.needsUnits'],
  [/has responses|once responses exist/, 'field.hasResponses'],
]

export function fieldMessage(t: T, message: string): string {
  const known = KNOWN_FIELD_MESSAGES.find(([pattern]) => pattern.test(message))
  return known ? t(known[1]) : message
}

/** One sentence for the top of a form or page: what went wrong, in the chosen language where it is known. */
export function describeError(t: T, error: unknown): string {
  if (!(error instanceof ApiClientError)) return t('error.network')
  if (error.status === 403) return t('error.forbidden')
  if (error.status === 404) return t('error.notFound')
  if (Object.keys(error.fields).length > 0) return t('error.fields')
  return t('error.generic', { message: error.message })
}
