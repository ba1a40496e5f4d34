import { randomInt } from 'node:crypto'

/** Crockford's base32: digits and capitals without I, L, O and U (nothing to misread or mistype). */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
export const FOLLOW_UP_CODE_LENGTH = 8

/** 40 random bits: nothing in it ties the code to a person, a device, a unit or a time. */
export function newFollowUpCode(): string {
  let code = ''
  for (let i = 0; i < FOLLOW_UP_CODE_LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)]
  return code
}

/**
 * A code as typed by a citizen, in the form stored, or null when it cannot be one: case and
 * spaces or dashes do not matter, and O, I and L read as 0, 1 and 1 (Crockford's decoding).
 */
export function normaliseFollowUpCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1')
  if (code.length !== FOLLOW_UP_CODE_LENGTH) return null
  return [...code].every((char) => ALPHABET.includes(char)) ? code : null
}

/** The public page of a case, encoded in its QR code. */
export function followUpUrl(publicUrl: string, code: string): string {
  return `${publicUrl}/f/${code}`
}
