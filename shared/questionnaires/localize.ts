import { type Language, type LocalizedText, localize } from '../i18n'
import type { QuestionnaireDefinition } from './definition'

/** The type of `T` with every `{vi, en}` text replaced by a plain string. */
export type Localized<T> = T extends LocalizedText
  ? string
  : T extends readonly (infer U)[]
    ? Localized<U>[]
    : T extends object
      ? { [K in keyof T]: Localized<T[K]> }
      : T

function isLocalizedText(value: unknown): value is LocalizedText {
  return (
    typeof value === 'object' &&
    value !== null &&
    'vi' in value &&
    typeof (value as LocalizedText).vi === 'string' &&
    Object.keys(value).every((k) => k === 'vi' || k === 'en')
  )
}

function localizeDeep(value: unknown, lang: Language): unknown {
  if (isLocalizedText(value)) return localize(value, lang)
  if (Array.isArray(value)) return value.map((item) => localizeDeep(item, lang))
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, localizeDeep(v, lang)]))
  }
  return value
}

/** The questionnaire as a respondent sees it: every text in one language. */
export function localizeDefinition(definition: QuestionnaireDefinition, lang: Language): Localized<QuestionnaireDefinition> {
  return localizeDeep(definition, lang) as Localized<QuestionnaireDefinition>
}
