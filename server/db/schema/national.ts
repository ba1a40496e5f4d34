import type { ColumnType, Generated } from 'kysely'
import type { CampaignBundlePayload } from '../../../shared/national/schemas'

export interface InstallationKey {
  id: Generated<number>
  /** base64 DER (SPKI) */
  public_key: string
  /** base64 DER (PKCS#8); never leaves the installation */
  private_key: string
  created_at: Generated<Date>
}

export interface NationalProvince {
  code: string
  name: string
  public_key: string
  created_at: Generated<Date>
}

export interface NationalBundle {
  id: Generated<number>
  province_code: string
  /** The campaign's id in the province's installation. */
  campaign_ref: number
  year: number
  questionnaire_kind: string
  /** SHA-256 of the signed payload: the same bundle imported again changes nothing. */
  digest: string
  payload: ColumnType<CampaignBundlePayload, string, string>
  received_at: Generated<Date>
}

export type PartialDB = {
  installation_keys: InstallationKey
  national_provinces: NationalProvince
  national_bundles: NationalBundle
}
