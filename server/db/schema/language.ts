import type { Generated } from 'kysely'

export interface Language {
  code: string
  /** The language's own name, as its speakers write it. */
  name: string
  builtin: Generated<boolean>
  created_at: Generated<Date>
}

export interface LanguagePackText {
  questionnaire_id: number
  lang: string
  key: string
  text: string
}

export interface Recording {
  questionnaire_id: number
  lang: string
  key: string
  media_type: string
  bytes: Uint8Array
  /** Hex SHA-256 of the bytes: the recording's public address and ETag. */
  sha256: string
  updated_at: Generated<Date>
}

export type PartialDB = { languages: Language; language_pack_texts: LanguagePackText; recordings: Recording }
