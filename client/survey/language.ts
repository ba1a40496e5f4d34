import { useEffect, useState } from 'preact/hooks'

const STORAGE_KEY = 'hailong.survey.lang'
const listeners = new Set<(lang: string | null) => void>()

function stored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY)
  } catch {
    return null
  }
}

/** The language a citizen chose on this device, or `null`: the link's first language. */
let chosen: string | null = stored()

export function chosenLanguage(): string | null {
  return chosen
}

/** A phone keeps the citizen's choice for their next visit; `null` goes back to the link's first language. */
export function chooseLanguage(lang: string | null): void {
  chosen = lang
  try {
    if (lang === null) localStorage.removeItem(STORAGE_KEY)
    else localStorage.setItem(STORAGE_KEY, lang)
  } catch {
    // private mode or storage full: the choice lasts for this page only
  }
  if (lang) document.documentElement.lang = lang
  for (const listener of listeners) listener(lang)
}

/** The chosen language; the component re-renders when it changes. */
export function useChosenLanguage(): string | null {
  const [lang, setLang] = useState(chosen)
  useEffect(() => {
    listeners.add(setLang)
    return () => void listeners.delete(setLang)
  }, [])
  return lang
}
