import type { Language } from '../../../shared/languages'
import { localize } from '../../../shared/languages'
import type { FieldValue, PaperField } from '../../../shared/paper/fields'
import { formatSerial } from '../../../shared/paper/serial'
import { ApiClientError } from '../../api/client'
import type { Translate } from '../../i18n/translate'
import type { adminMessages } from '../messages'
import { describeError } from '../ui/errors'
import type { entryMessages } from './messages'

type T = Translate<(typeof entryMessages)['vi']>
type AdminT = Translate<(typeof adminMessages)['vi']>

/** An answer as the clerk reads it on the paper: the box's number and its words. */
export function describeValue(field: PaperField, value: FieldValue, lang: Language, t: T): string {
  if (value === null || (Array.isArray(value) && value.length === 0)) return `0 · ${t('noAnswer')}`
  if (field.kind === 'text') return String(value)
  const values = Array.isArray(value) ? value : [value]
  return values
    .map((v) => field.options.find((o) => o.value === v))
    .map((o) => (o ? `${o.code} · ${localize(o.label, lang)}` : '?'))
    .join(', ')
}

/** The API's refusal of a serial, an entry or a resolution (or a network failure), in one sentence the clerk can act on. */
export function describeEntryError(t: T, ta: AdminT, error: unknown, serial: string, fields: PaperField[], lang: Language): string {
  if (!(error instanceof ApiClientError)) return describeError(ta, error)
  const shown = serial.length === 8 ? formatSerial(serial) : serial
  switch (error.code) {
    case 'unknown_serial':
      return t('unknownSerial', { serial: shown })
    case 'serial_spent':
      return t('serialSpent', { serial: shown })
    case 'entered_by_you':
      return t('enteredByYou', { serial: shown })
    case 'awaiting_resolution':
      return t('awaitingResolution', { serial: shown })
    case 'campaign_not_open':
      return t('campaignNotOpen')
    case 'forbidden':
      return t('notOnTeam')
  }
  const [key, message] = Object.entries(error.fields)[0] ?? []
  if (key === undefined) return describeError(ta, error)
  const field = fields.find((f) => f.key === key || `values.${f.key}` === key)
  return t('badAnswer', { field: field ? localize(field.label, lang) : key, message: message! })
}
