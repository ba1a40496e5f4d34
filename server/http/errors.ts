import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { ZodError } from 'zod'
import { type ErrorBody, type FieldErrorCode, type FieldIssue, isFieldErrorCode } from '../../shared/http/errors'
import { sqlState } from '../db/sql-state'
import { isDatabaseUnavailable } from '../db/unavailable'
import type { Logger } from '../log'
import { loggedPath } from './request-logger'

export type { ErrorBody }

/** What is wrong with one field: its machine code (and limit), and an English message for people reading the API. */
export interface FieldProblem extends FieldIssue {
  message: string
}
export type FieldProblems = Record<string, FieldProblem>

export const problem = (code: FieldErrorCode, message: string, limit?: number): FieldProblem => ({ code, message, ...(limit !== undefined && { limit }) })

/** An error meant for the client: its status, code, message and fields are sent as they are. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly problems?: FieldProblems,
  ) {
    super(message)
  }
}

export const badRequest = (message: string, problems?: FieldProblems) => new ApiError(400, 'invalid_request', message, problems)
export const fieldError = (field: string, code: FieldErrorCode, message: string, limit?: number) =>
  new ApiError(400, 'validation_failed', `${field}: ${message}`, { [field]: problem(code, message, limit) })
export const unauthorized = (message = 'Login required') => new ApiError(401, 'unauthorized', message)
export const forbidden = (message = 'You do not have permission for this action') => new ApiError(403, 'forbidden', message)
export const notFound = (what: string) => new ApiError(404, 'not_found', `${what} not found`)
export const conflict = (message: string, problems?: FieldProblems) => new ApiError(409, 'conflict', message, problems)

/** `field: message; …`, for the error's message. */
export function summarize(problems: FieldProblems): string {
  return Object.entries(problems)
    .map(([field, { message }]) => `${field}: ${message}`)
    .join('; ')
}

export function validationError(error: ZodError): ApiError {
  const problems: FieldProblems = {}
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join('.') : '(body)'
    problems[key] ??= { ...zodIssueCode(issue), message: issue.message }
  }
  return new ApiError(400, 'validation_failed', `Invalid request: ${summarize(problems)}`, problems)
}

const SIZED = { string: ['too_short', 'too_long'], array: ['too_few', 'too_many'], set: ['too_few', 'too_many'] } as const

/** The stable code of a zod issue (zod's messages are English and may change between versions). */
export function zodIssueCode(issue: ZodError['issues'][number]): FieldIssue {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'int') return { code: 'not_whole_number' }
      return { code: /received undefined$/.test(issue.message) ? 'required' : 'invalid_type' }
    case 'too_small':
    case 'too_big': {
      const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum)
      const [small, big] = SIZED[issue.origin as keyof typeof SIZED] ?? ['too_small', 'too_big']
      if (issue.code === 'too_small' && issue.origin === 'string' && limit === 1) return { code: 'required' }
      return { code: issue.code === 'too_small' ? small : big, limit }
    }
    case 'invalid_format':
      if (issue.format === 'email') return { code: 'invalid_email' }
      if (issue.format === 'date') return { code: 'invalid_date' }
      if (issue.format === 'regex') return { code: 'invalid_characters' }
      return { code: 'invalid_format' }
    case 'unrecognized_keys':
      return { code: 'unknown_field' }
    case 'custom': {
      const code = issue.params?.code
      return { code: isFieldErrorCode(code) ? code : 'invalid_value' }
    }
    default:
      return { code: 'invalid_value' }
  }
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

function errorBody({ code, message, problems }: ApiError): ErrorBody {
  if (!problems) return { error: { code, message } }
  const entries = Object.entries(problems)
  return {
    error: {
      code,
      message,
      fields: Object.fromEntries(entries.map(([field, p]) => [field, p.message])),
      issues: Object.fromEntries(entries.map(([field, { message: _, ...issue }]) => [field, issue])),
    },
  }
}

export function handleError(log: Logger) {
  return (err: Error, c: Context) => {
    if (isDatabaseUnavailable(err)) {
      log.warn('database unavailable', { method: c.req.method, path: loggedPath(c.req.path), error: err.message })
      err = databaseUnavailable()
    }
    if (err instanceof ZodError) err = validationError(err)
    if (err instanceof ApiError) return errorResponse(c, err.status, errorBody(err))
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
