import { z } from 'zod'
import type { FieldErrorCode } from '../http/errors'

// PostgreSQL refuses NUL in text and `\u0000` in jsonb, and a lone UTF-16 surrogate is either
// refused (jsonb) or silently replaced (text): none of them can be stored as sent.
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

export const UNSTORABLE_TEXT_MESSAGE = 'contains a character that cannot be stored (NUL or a lone surrogate)'

export function isStorableText(text: string): boolean {
  return !UNSTORABLE.test(text)
}

/** A string schema that refuses what the database cannot store, so client and server agree. */
export function storableString() {
  return z.string().refine(isStorableText, { message: UNSTORABLE_TEXT_MESSAGE, params: { code: 'not_storable' satisfies FieldErrorCode } })
}
