import { useEffect, useState } from 'preact/hooks'
import { LANGUAGES, type Language } from '../../shared/languages'

const STORAGE_KEY = 'hailong.lang'
const listeners = new Set<(lang: Language) => void>()

function initialLanguage(): Language {
  const stored = typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEY) : null
  return (LANGUAGES as readonly string[]).includes(stored ?? '') ? (stored as Language) : 'vi'
}

let current: Language = initialLanguage()

export function getLanguage(): Language {
  return current
}

export function setLanguage(lang: Language): void {
  current = lang
  try {
    localStorage.setItem(STORAGE_KEY, lang)
  } catch {
    // private mode or storage full: the choice lasts for this page only
  }
  document.documentElement.lang = lang
  for (const listener of listeners) listener(lang)
}

/** The current language; the component re-renders when it changes. */
export function useLanguage(): Language {
  const [lang, setLang] = useState(current)
  useEffect(() => {
    listeners.add(setLang)
    return () => void listeners.delete(setLang)
  }, [])
  return lang
}
