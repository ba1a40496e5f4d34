import { createHash, randomInt } from 'node:crypto'
import { SERIAL_ALPHABET, SERIAL_LENGTH } from '../../shared/paper/serial'

/** A random serial (40 bits): it says nothing about the citizen, the unit or the order of printing. */
export function newSerial(): string {
  return Array.from({ length: SERIAL_LENGTH }, () => SERIAL_ALPHABET[randomInt(SERIAL_ALPHABET.length)]).join('')
}

/**
 * The response's client id for a paper form, derived from its serial: whichever request
 * stores the form's response, the responses' unique client id lets only one row exist.
 */
export function paperFormClientId(serial: string): string {
  const hex = createHash('sha256').update(`paper-form:${serial}`).digest('hex')
  const variant = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}
