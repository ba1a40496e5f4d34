/** The interface languages, without zod, so the light survey bundle (kiosk, phone) can use them. */
export const LANGUAGES = ['vi', 'en'] as const
export type Language = (typeof LANGUAGES)[number]
