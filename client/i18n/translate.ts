import type { Language } from '../../shared/i18n'
import { useLanguage } from './language'

export type Messages = Record<string, string>
export interface Catalog<M extends Messages> {
  vi: M
  en: { [K in keyof M]: string }
}
export type Params = Record<string, string | number>
export type Translate<M extends Messages> = (key: keyof M & string, params?: Params) => string

/** A catalog: Vietnamese first; the English table must have every key (checked by the type). */
export function defineCatalog<const M extends Messages>(vi: M, en: { [K in keyof M]: string }): Catalog<M> {
  return { vi, en }
}

export function translate<M extends Messages>(catalog: Catalog<M>, lang: Language, key: keyof M & string, params?: Params): string {
  return interpolate(catalog[lang][key] ?? catalog.vi[key] ?? key, params)
}

/** `{name}` in `text` replaced by `params.name`; unknown names stay as written. */
export function interpolate(text: string, params?: Params): string {
  return params ? text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole)) : text
}

/** `t(key, params)` bound to the current language, re-rendering when it changes. */
export function useT<M extends Messages>(catalog: Catalog<M>): Translate<M> {
  const lang = useLanguage()
  return (key, params) => translate(catalog, lang, key, params)
}
