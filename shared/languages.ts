/** The interface languages, without zod, so the light survey bundle (kiosk, phone) can use them. */
export const LANGUAGES = ['vi', 'en'] as const
export type Language = (typeof LANGUAGES)[number]

/** Picks the text in `lang`; an empty English text falls back to Vietnamese. */
export function localize(text: { vi: string; en: string }, lang: Language): string {
  return (lang === 'en' && text.en) || text.vi
}
