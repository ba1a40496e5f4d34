import { chooseLanguage, useChosenLanguage } from './language'
import { useSurveyContext, useSurveyT } from './survey-context'

/** Before a survey is loaded (its notices), Vietnamese and English. */
const BUILTIN = [
  { code: 'vi', name: 'Tiếng Việt' },
  { code: 'en', name: 'English' },
]

/** The link's languages, each in its own name and script (marked with its `lang`, so the right font and voice apply). */
export function LanguageSwitch({ languages = BUILTIN }: { languages?: { code: string; name: string }[] | undefined }) {
  const t = useSurveyT()
  const shown = useChosenLanguage() ?? useSurveyContext().lang
  if (languages.length < 2) return null
  return (
    <div class="language-switch" role="group" aria-label={t('language')}>
      {languages.map((language) => (
        <button key={language.code} type="button" lang={language.code} aria-pressed={shown === language.code} onClick={() => chooseLanguage(language.code)}>
          {language.name}
        </button>
      ))}
    </div>
  )
}
