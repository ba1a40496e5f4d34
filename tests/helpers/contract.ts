import { expect } from 'vitest'
import { contracts } from '../../shared/api/contracts'
import type { Contract, Endpoint } from '../../shared/api/endpoint'
import { endpoints } from '../../shared/api/endpoints'
import { isFieldErrorCode } from '../../shared/http/errors'

const routes = Object.values(endpoints).flatMap((group) =>
  Object.values(group as Record<string, Endpoint>).map((endpoint) => {
    const path = `/api/v1${endpoint.mount}${endpoint.path === '/' && endpoint.mount ? '' : endpoint.path}`
    const pattern = new RegExp(`^${path.replace(/\./g, '\\.').replace(/\{\w+\}/g, '[^/]+')}$`)
    const contract = (contracts as Record<string, Record<string, Contract>>)[endpoint.group]![endpoint.name]!
    return { method: endpoint.method.toUpperCase(), pattern, contract }
  }),
)

/** The shared contract of `METHOD /api/v1/…`, if the path is one of the JSON endpoints. */
export function contractOf(method: string, url: string): Contract | undefined {
  const path = new URL(url, 'http://localhost').pathname
  return routes.find((route) => route.method === method.toUpperCase() && route.pattern.test(path))?.contract
}

/**
 * Every API test is also a contract test: a success answer of a shared endpoint must parse with
 * its response schema, and an error body must carry a code, a message and known field codes.
 */
export function expectContract(method: string, url: string, status: number, body: unknown): void {
  const contract = contractOf(method, url)
  if (contract?.response && status === contract.status) {
    const parsed = contract.response.safeParse(body)
    expect(parsed.error?.issues ?? [], `${method} ${url} answers what its contract says`).toEqual([])
  }
  if (status >= 400 && typeof body === 'object' && body !== null && 'error' in body) {
    const { error } = body as { error: { code?: unknown; message?: unknown; issues?: Record<string, { code: unknown }> } }
    expect(typeof error.code, `${method} ${url}: error code`).toBe('string')
    expect(typeof error.message, `${method} ${url}: error message`).toBe('string')
    for (const [field, issue] of Object.entries(error.issues ?? {}))
      expect(isFieldErrorCode(issue.code), `${field}: ${String(issue.code)} is a known code`).toBe(true)
  }
}
