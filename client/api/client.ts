import type { ErrorBody } from '../../shared/http/errors'

/** An error answered by the API, with its code and the fields it names. */
export class ApiClientError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message)
  }
}

export type Query = Record<string, string | number | boolean | undefined | null>

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  body?: unknown
  /** Sends `body` (a string or a file) as-is with this type, e.g. `text/csv`; otherwise it is sent as JSON. */
  contentType?: string
  query?: Query
  signal?: AbortSignal
}

export function withQuery(path: string, query?: Query): string {
  if (!query) return path
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== null && value !== '') params.set(key, String(value))
  const qs = params.toString()
  return qs ? `${path}?${qs}` : path
}

/**
 * Calls `/api/v1{path}`. The response type comes from the shared zod schemas
 * (`z.infer`), the same ones the server validates with.
 */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await fetch(withQuery(`/api/v1${path}`, options.query), {
    method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
    headers: options.body === undefined ? {} : { 'Content-Type': options.contentType ?? 'application/json' },
    body: options.body === undefined ? undefined : options.contentType ? (options.body as string | Blob) : JSON.stringify(options.body),
    credentials: 'same-origin',
    signal: options.signal,
  })
  if (response.status === 204) return undefined as T
  const data: unknown = await response.json().catch(() => null)
  if (!response.ok) {
    const error = (data as Partial<ErrorBody> | null)?.error
    throw new ApiClientError(response.status, error?.code ?? `http_${response.status}`, error?.message ?? response.statusText, error?.fields)
  }
  return data as T
}
