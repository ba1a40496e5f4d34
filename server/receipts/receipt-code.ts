import { createHash, randomInt } from 'node:crypto'

// Crockford's base32 without I, L, O, U: easy to read aloud and type from a printed slip.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/** 12 characters (60 random bits) shown as `ABCD-EFGH-JKMN`. */
export function newReceiptCode(): string {
  const chars = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)])
  return [0, 4, 8].map((i) => chars.slice(i, i + 4).join('')).join('-')
}

/** Only this hash is stored: a code cannot be read back from the database, nor tied to a person. */
export function hashReceiptCode(code: string): string {
  const normalised = code.toUpperCase().replace(/[^0-9A-Z]/g, '')
  return createHash('sha256').update(normalised).digest('hex')
}
