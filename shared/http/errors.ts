/**
 * What can be wrong with one request field, as a stable machine code: the client shows its own
 * sentence for each (`client/admin/ui/field-messages.ts`), never the server's English.
 */
export const FIELD_ERROR_CODES = [
  // from the schemas (zod issues)
  'required',
  'invalid_type',
  'not_whole_number',
  'too_short',
  'too_long',
  'too_small',
  'too_big',
  'too_few',
  'too_many',
  'invalid_format',
  'invalid_email',
  'invalid_date',
  'invalid_characters',
  'invalid_value',
  'unknown_field',
  'not_storable',
  'before_start',
  'before_first_year',
  // from the routes
  'code_taken',
  'email_taken',
  'name_taken',
  'not_found',
  'inactive',
  'listed_twice',
  'not_in_campaign',
  'outside_plan',
  'units_outside_years',
  'not_published',
  'draft_only',
  'needs_units',
  'open_before_close',
  'has_responses',
  'own_account',
  'last_admin',
  'parent_cycle',
  'not_active_qr_link',
  'not_in_questionnaire',
  'not_available',
  'invalid_file',
  'missing_columns',
  'too_many_rows',
  'not_started',
  'exists_already',
  'no_texts_yet',
  'unsupported_audio',
  'not_registered',
  'bad_signature',
  'invalid_key',
  'unknown_serial',
  'already_counted',
  'entries_agree',
  'not_published_results',
  'must_be_closed',
  'unknown_language',
  'unknown_text_key',
  'missing_text',
  'placeholder_mismatch',
] as const
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number]

/** One field's problem: its code and, for sizes and ranges, the limit it broke. */
export interface FieldIssue {
  code: FieldErrorCode
  limit?: number
}

/** `error.fields`: the request field (`email`, `answers.q1`…) → what is wrong with it, in English, for people reading the API. */
export type FieldErrors = Record<string, string>

/** Every error the API answers, whatever its status: a stable machine code, a message, and the fields at fault with a code each. */
export interface ErrorBody {
  error: { code: string; message: string; fields?: FieldErrors; issues?: Record<string, FieldIssue> }
}

export function isFieldErrorCode(code: unknown): code is FieldErrorCode {
  return (FIELD_ERROR_CODES as readonly unknown[]).includes(code)
}
