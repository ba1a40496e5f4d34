import type { Generated } from 'kysely'

export interface ReceiptCode {
  code_hash: string
  campaign_id: number
  agency_id: number
  batch: string
  spent: Generated<boolean>
  created_at: Generated<Date>
}
export const tableName = 'receipt_codes'
export type PartialDB = { [tableName]: ReceiptCode }
