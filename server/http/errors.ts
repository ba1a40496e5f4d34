import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { ZodError } from 'zod'
import type { ErrorBody, FieldErrors } from '../../shared/http/errors'
import { sqlState } from '../db/sql-state'
import { isDatabaseUnavailable } from '../db/unavailable'
import type { Logger } from '../log'
import { loggedPath } from './request-logger'

export type { ErrorBody, FieldErrors }

/** An error meant for the client: its status, code, message and fields are sent as they are. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly fields?: FieldErrors,
  ) {
    super(message)
  }
}

export const badRequest = (message: string, fields?: FieldErrors) => new ApiError(400, 'invalid_request', message, fields)
export const fieldError = (field: string, message: string) => new ApiError(400, 'validation_failed', `${field}: ${message}`, { [field]: message })
export const unauthorized = (message = 'Login required') => new ApiError(401, 'unauthorized', message)
export const forbidden = (message = 'You do not have permission for this action') => new ApiError(403, 'forbidden', message)
export const notFound = (what: string) => new ApiError(404, 'not_found', `${what} not found`)
export const conflict = (message: string, fields?: FieldErrors) => new ApiError(409, 'conflict', message, fields)

export function zodFieldErrors(error: ZodError): FieldErrors {
  const fields: FieldErrors = {}
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join('.') : '(body)'
    fields[key] ??= issue.message
  }
  return fields
}

export function validationError(error: ZodError): ApiError {
  const fields = zodFieldErrors(error)
  const summary = Object.entries(fields)
    .map(([field, message]) => `${field}: ${message}`)
    .join('; ')
  return new ApiError(400, 'validation_failed', `Invalid request: ${summary}`, fields)
}

/** Seconds a client waits before sending again after a 503 (the kiosk and phone outbox resends). */
export const RETRY_AFTER_SECONDS = 5

export const serviceUnavailable = (code: string, message: string) => new ApiError(503, code, message)

const databaseUnavailable = () =>
  serviceUnavailable(
    'database_unavailable',
    'The database is unavailable for a moment; please send again. / Cơ sở dữ liệu tạm thời không sẵn sàng; xin gửi lại.',
  )

export function errorResponse(c: Context, status: ContentfulStatusCode, body: ErrorBody) {
  if (status === 503) c.header('Retry-After', String(RETRY_AFTER_SECONDS))
  return c.json(body, status)
}

export function handleError(log: Logger) {
  return (err: Error, c: Context) => {
    if (isDatabaseUnavailable(err)) {
      log.warn('database unavailable', { method: c.req.method, path: loggedPath(c.req.path), error: err.message })
      err = databaseUnavailable()
    }
    if (err instanceof ApiError) {
      const body: ErrorBody = { error: { code: err.code, message: err.message, ...(err.fields && { fields: err.fields }) } }
      return errorResponse(c, err.status, body)
    }
    if (err instanceof ZodError) {
      const apiError = validationError(err)
      return errorResponse(c, 400, { error: { code: apiError.code, message: apiError.message, fields: apiError.fields! } })
    }
    if (err instanceof HTTPException) {
      const malformedJson = err.status === 400 && /json/i.test(err.message)
      const code = malformedJson ? 'invalid_json' : `http_${err.status}`
      const message = malformedJson ? 'The request body is not valid JSON' : err.message || 'Request failed'
      return errorResponse(c, err.status as ContentfulStatusCode, { error: { code, message } })
    }
    // A value the database refused (out of range, not storable) that no schema caught: the
    // request's fault, not the server's.
    if (sqlState(err)?.startsWith('22')) {
      log.warn('value refused by the database', { method: c.req.method, path: loggedPath(c.req.path), error: err.message })
      return errorResponse(c, 400, { error: { code: 'invalid_value', message: 'A value in the request cannot be stored' } })
    }
    log.error('unhandled error', { method: c.req.method, path: loggedPath(c.req.path), error: err.message, stack: err.stack })
    return errorResponse(c, 500, { error: { code: 'internal_error', message: 'Internal server error' } })
  }
}
