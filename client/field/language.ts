import type { Language } from '../../shared/i18n'
import { type Params, translate } from '../i18n/translate'
import { chosenLanguage, useChosenLanguage } from '../survey/language'
import { messages } from './messages'

type MessageKey = keyof typeof messages.vi & string

/**
 * Interview mode follows the survey's language choice (the survey's own switch), so its words and
 * the questionnaire's are always in one language; its team's questionnaires come in Vietnamese
 * and English only.
 */
const asLanguage = (chosen: string | null): Language => (chosen === 'en' ? 'en' : 'vi')

export const fieldLanguage = (): Language => asLanguage(chosenLanguage())

export const useFieldLanguage = (): Language => asLanguage(useChosenLanguage())

/** `t(key, params)` for interview mode's own words, in the chosen language. */
export function useFieldT(): (key: MessageKey, params?: Params) => string {
  const lang = useFieldLanguage()
  return (key, params) => translate(messages, lang, key, params)
}
