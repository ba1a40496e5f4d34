import type { LanguageInfo } from '../../../shared/language-packs/schemas'
import { useT } from '../../i18n/translate'
import { languageMessages } from './messages'

export interface LinkLanguages {
  /** The languages offered, the first shown first. */
  languages: string[]
  readAloud: boolean
}

export const DEFAULT_LINK_LANGUAGES: LinkLanguages = { languages: ['vi', 'en'], readAloud: false }

/** Which languages a new link offers, which one it shows first, and whether it reads each question aloud. */
export function LinkLanguagesField({
  all,
  value,
  error,
  onChange,
}: {
  all: LanguageInfo[]
  value: LinkLanguages
  error?: string | undefined
  onChange: (value: LinkLanguages) => void
}) {
  const t = useT(languageMessages)
  const toggle = (code: string) => {
    const languages = value.languages.includes(code) ? value.languages.filter((c) => c !== code) : [...value.languages, code]
    onChange({ ...value, languages })
  }
  const first = value.languages[0]
  return (
    <>
      <fieldset class={error ? 'choice-row field-invalid' : 'choice-row'} aria-describedby="link-languages-hint">
        <legend>{t('linkLanguages')}</legend>
        {all.map((language) => (
          <label key={language.code} class="choice">
            <input type="checkbox" checked={value.languages.includes(language.code)} onChange={() => toggle(language.code)} />{' '}
            <span lang={language.code}>{language.name}</span>
          </label>
        ))}
        <small id="link-languages-hint" class="field-hint">
          {t('linkLanguagesHint')}
        </small>
        {error && (
          <p class="field-error" role="alert">
            {error}
          </p>
        )}
      </fieldset>
      {value.languages.length > 1 && (
        <div class="field">
          <label for="link-first-language">{t('firstLanguage')}</label>
          <select
            id="link-first-language"
            value={first}
            onChange={(e) => {
              const code = e.currentTarget.value
              onChange({ ...value, languages: [code, ...value.languages.filter((c) => c !== code)] })
            }}
          >
            {value.languages.map((code) => (
              <option key={code} value={code}>
                {all.find((l) => l.code === code)?.name ?? code}
              </option>
            ))}
          </select>
        </div>
      )}
      <label class="choice">
        <input type="checkbox" checked={value.readAloud} onChange={(e) => onChange({ ...value, readAloud: e.currentTarget.checked })} /> {t('readAloud')}
      </label>
    </>
  )
}
