import { randomBytes } from 'node:crypto'
import type { Channel } from '../../shared/links/schemas'

/** 144 random bits, URL-safe: unguessable, and says nothing about the unit or campaign. */
export function newLinkCode(): string {
  return randomBytes(18).toString('base64url')
}

/** Kiosk tablets open `/k/…`, phones (QR posters, slips) `/s/…`. */
export function surveyUrl(publicUrl: string, channel: Channel, code: string): string {
  return `${publicUrl}/${channel === 'kiosk' ? 'k' : 's'}/${code}`
}
