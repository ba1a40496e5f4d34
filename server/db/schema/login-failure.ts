/** One failed login (or unknown follow-up code), kept for the limiter's window. */
export interface LoginFailure {
  /** Which limiter counted it: `login`, `follow-up`. */
  scope: string
  /** sha-256 of the key (an account's email, a client address). */
  key_hash: string
  failed_at: Date
}
export const tableName = 'login_failures'
export type PartialDB = { [tableName]: LoginFailure }
