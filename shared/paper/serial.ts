// Kept free of zod so the admin client can use it without bundling the schemas.

/** Crockford's base32 without I, L, O, U: easy to read off a form and to type. */
export const SERIAL_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
/** 8 characters, 40 random bits: shown and encoded in the QR code as `ABCD-EFGH`. */
export const SERIAL_LENGTH = 8
/** Paper forms printed at once, at the most. */
export const MAX_PAPER_FORMS_PER_BATCH = 500

/**
 * What was typed or scanned, as stored: upper case, no spaces or dashes, and the letters a
 * clerk may read for a digit (I, L → 1; O → 0) mapped as Crockford's base32 does.
 */
export function normaliseSerial(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0')
}

export function isSerial(serial: string): boolean {
  return serial.length === SERIAL_LENGTH && [...serial].every((c) => SERIAL_ALPHABET.includes(c))
}

export function formatSerial(serial: string): string {
  return `${serial.slice(0, 4)}-${serial.slice(4)}`
}
