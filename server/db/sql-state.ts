/** The SQLSTATE of a PostgreSQL or PGlite error, when it has one. */
export function sqlState(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined
}

/**
 * An error about the data one statement was given (class 22: data exception, class 23:
 * integrity constraint), as opposed to the connection or the server: retrying the same
 * data fails the same way, and other data in its batch may well succeed.
 */
export function isDataError(error: unknown): boolean {
  const state = sqlState(error)
  return state !== undefined && (state.startsWith('22') || state.startsWith('23'))
}
