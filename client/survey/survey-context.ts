import { createContext } from 'preact'
import { useContext } from 'preact/hooks'
import type { PublicSurvey } from '../../shared/surveys/public-survey'
import { interpolate, type Params } from '../i18n/translate'
import { useChosenLanguage } from './language'
import { messages } from './messages'

/** What every part of the survey needs of the loaded survey: its language, its words and its recordings. */
export type SurveyContextValue = Pick<PublicSurvey, 'lang' | 'messages' | 'recordings' | 'readAloud'>

export const SurveyContext = createContext<SurveyContextValue>({ lang: 'vi', recordings: {}, readAloud: false })

export const useSurveyContext = () => useContext(SurveyContext)

export type MessageKey = keyof typeof messages.vi & string
export type SurveyTranslate = (key: MessageKey, params?: Params) => string

/** The words of `lang`: the catalog for Vietnamese and English, a pack's (over the Vietnamese) for another. */
export function surveyMessages(lang: string, survey: SurveyContextValue): Record<string, string> {
  if (lang === 'vi' || lang === 'en') return messages[lang]
  return lang === survey.lang ? { ...messages.vi, ...survey.messages } : messages.vi
}

/** `t(key, params)` in the language chosen, or the survey's; re-renders when the choice changes. */
export function useSurveyT(): SurveyTranslate {
  const survey = useSurveyContext()
  const table = surveyMessages(useChosenLanguage() ?? survey.lang, survey)
  return (key, params) => interpolate(table[key] ?? messages.vi[key], params)
}
