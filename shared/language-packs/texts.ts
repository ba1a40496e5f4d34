import type { LocalizedText } from '../i18n'
import type { QuestionnaireDefinition } from '../questionnaires/definition'
import { localizeWith } from '../questionnaires/localize'
import { type SurveyMessageKey, surveyMessagesEn, surveyMessagesVi } from '../surveys/messages'

/** A text a citizen may see, by its key, in the built-in languages. */
export interface SourceText {
  key: string
  source: LocalizedText
}

/** The survey app's own words are `app.<key>` in a pack. */
export const APP_PREFIX = 'app.'

/** Every text of a language pack for this questionnaire: its own texts in the order a citizen meets them, then the survey app's words. */
export function packSourceTexts(definition: QuestionnaireDefinition): SourceText[] {
  const texts: SourceText[] = []
  localizeWith(definition, (key, source) => {
    texts.push({ key, source })
    return ''
  })
  for (const key of Object.keys(surveyMessagesVi) as SurveyMessageKey[]) {
    texts.push({ key: `${APP_PREFIX}${key}`, source: { vi: surveyMessagesVi[key], en: surveyMessagesEn[key] } })
  }
  return texts
}

/** The `{name}` placeholders of a text, sorted, each once: a translation must keep the same. */
export function placeholders(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(/\{(\w+)\}/g), (m) => m[1]!))].sort()
}

/** The survey app's words of a pack, without their prefix. */
export function appMessages(pack: Record<string, string>): Record<string, string> {
  const messages: Record<string, string> = {}
  for (const [key, text] of Object.entries(pack)) if (key.startsWith(APP_PREFIX)) messages[key.slice(APP_PREFIX.length)] = text
  return messages
}
