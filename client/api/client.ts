import type { BodyOf, Endpoint, ParamsOf, QueryOf, ResponseOf } from '../../shared/api/endpoint'
import { endpointPath } from '../../shared/api/endpoint'
import type { ErrorBody, FieldIssue } from '../../shared/http/errors'

/** An error answered by the API: its status and code, and the fields at fault with a code each. */
export class ApiClientError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: Record<string, FieldIssue> = {},
    /** The server's own words per field (English, or a value such as the date of `survey_not_started`). */
    readonly fields: Record<string, string> = {},
  ) {
    super(message)
  }
}

export type Query = Record<string, string | number | boolean | undefined | null>

export function withQuery(path: string, query?: Query): string {
  if (!query) return path
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== null && value !== '') params.set(key, String(value))
  const qs = params.toString()
  return qs ? `${path}?${qs}` : path
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  body?: unknown
  /** Sends `body` (a string or a file) as-is with this type, e.g. `text/csv`; otherwise it is sent as JSON. */
  contentType?: string
  query?: Query
  signal?: AbortSignal
}

/**
 * Calls `/api/v1{path}` with a hand-picked answer type: only for bodies the map cannot type —
 * a signed national bundle sent as the file it is, and a recording whose media type the
 * browser's recorder picks. Anything else: add the endpoint to the map and use `call`
 * (docs/api.md, "Adding an endpoint").
 */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await fetch(withQuery(`/api/v1${path}`, options.query), {
    method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
    headers: options.body === undefined ? {} : { 'Content-Type': options.contentType ?? 'application/json' },
    body: options.body === undefined ? undefined : options.contentType ? (options.body as string | Blob) : JSON.stringify(options.body),
    credentials: 'same-origin',
    signal: options.signal,
  })
  return answer(response) as Promise<T>
}

type Contract<E> = E extends Endpoint<infer C> ? C : never

/** What a call of `E` takes: its path parameters, query, JSON body or file, as the shared contract says. */
export type CallInput<E extends Endpoint> = (Contract<E> extends { params: unknown } ? { params: ParamsOf<E> } : { params?: never }) &
  (Contract<E> extends { query: unknown } ? { query?: QueryOf<E> } : { query?: never }) &
  (Contract<E> extends { body: unknown } ? { body: BodyOf<E> } : { body?: never }) &
  (Contract<E> extends { upload: infer U } ? { upload: Blob | string; contentType: keyof U & string } : { upload?: never }) & {
    signal?: AbortSignal
  }

type Optional<T> = Record<string, never> extends Omit<T, 'signal'> ? [input?: T] : [input: T]

/** `/api/v1` URL of an endpoint, for a link or a download. */
export function endpointUrl<E extends Endpoint>(endpoint: E, ...[input]: Optional<Pick<CallInput<E>, 'params' | 'query'>>): string {
  return withQuery(`/api/v1${endpointPath(endpoint, input?.params as Record<string, string | number> | undefined)}`, input?.query as Query | undefined)
}

/**
 * Calls a shared endpoint (`shared/api/endpoints.ts`): the parameters, query and body are
 * checked against its contract's zod schemas at compile time, and the answer has its response type.
 */
export async function call<E extends Endpoint>(endpoint: E, ...[input]: Optional<CallInput<E>>): Promise<ResponseOf<E>> {
  const { body, upload, contentType, signal } = (input ?? {}) as { body?: unknown; upload?: Blob | string; contentType?: string; signal?: AbortSignal }
  const sent = upload ?? (body === undefined ? undefined : JSON.stringify(body))
  const response = await fetch(endpointUrl(endpoint, input as never), {
    method: endpoint.method.toUpperCase(),
    headers: sent === undefined ? {} : { 'Content-Type': upload === undefined ? 'application/json' : contentType! },
    body: sent,
    credentials: 'same-origin',
    signal,
  })
  return answer(response) as Promise<ResponseOf<E>>
}

/** The JSON of a success (nothing for 204), or the error it carries as an ApiClientError. */
async function answer(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined
  const data: unknown = await response.json().catch(() => null)
  if (!response.ok) {
    const error = (data as Partial<ErrorBody> | null)?.error
    throw new ApiClientError(response.status, error?.code ?? `http_${response.status}`, error?.message ?? response.statusText, error?.issues, error?.fields)
  }
  return data
}
