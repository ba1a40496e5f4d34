// SQLSTATEs of a server that is gone, going or not back yet: class 08 (connection
// exception), admin_shutdown, crash_shutdown, cannot_connect_now (starting up or shutting
// down) and too_many_connections.
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[123]|53300)$/
// The socket to the server could not be opened (ENOENT: its Unix socket is gone) or was cut;
// only from socket calls, so a missing file elsewhere stays a 500.
const UNAVAILABLE_ERRNO = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'ENOENT'])
const SOCKET_SYSCALLS = new Set(['connect', 'read', 'write', 'getaddrinfo'])
// What `pg` and `pg-pool` throw, without a code, for a connection lost or never made.
const UNAVAILABLE_MESSAGE = /Connection terminated|is not queryable|timeout exceeded when trying to connect|Cannot use a pool after calling end/

/**
 * Whether an error means the database cannot be reached right now (a restart, an outage),
 * as opposed to a fault in this request: the client should send again later (503).
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof AggregateError) return error.errors.some(isDatabaseUnavailable)
  if (!(error instanceof Error)) return false
  const { code, syscall } = error as NodeJS.ErrnoException
  if (typeof code === 'string' && UNAVAILABLE_SQLSTATE.test(code)) return true
  if (code && UNAVAILABLE_ERRNO.has(code) && syscall && SOCKET_SYSCALLS.has(syscall)) return true
  return UNAVAILABLE_MESSAGE.test(error.message)
}
