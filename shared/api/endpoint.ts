import type { z } from 'zod'

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete'

/**
 * What an endpoint takes and answers, as shared zod schemas (`shared/api/contracts.ts`):
 * a JSON `body` or a file `upload`, never both.
 */
export interface Contract {
  readonly params?: z.ZodType
  readonly query?: z.ZodType
  readonly body?: z.ZodType
  /** A file sent as-is: media type → its schema in the OpenAPI document. */
  readonly upload?: Readonly<Record<string, z.ZodType>>
  readonly status: 200 | 201 | 204
  /** The JSON answered with `status`; none for 204. */
  readonly response?: z.ZodType
}

/**
 * One API operation (`shared/api/endpoints.ts`): where it is, with its contract as a type only,
 * so the browser bundles never carry zod. The server looks the schemas up by `group` and `name`.
 */
export interface Endpoint<C extends Contract = Contract> {
  readonly group: string
  readonly name: string
  readonly method: Method
  /** Where the server mounts the route group, under `/api/v1` (`/campaigns`, or `` at the API root). */
  readonly mount: string
  /** Below `mount`, OpenAPI style: `/{id}/units`. */
  readonly path: string
  /** Never set: carries the contract's type. */
  readonly contract?: C
}

export type ContractOf<E> = E extends Endpoint<infer C> ? C : never

/** The endpoints of one route group mounted at `mount`: a method and a path for each of its contracts. */
export function endpointsOf<Contracts extends Record<string, Contract>, const G extends string, const M extends string>(
  group: G,
  mount: M,
  routes: { readonly [K in keyof Contracts]: readonly [Method, string] },
): { readonly [K in keyof Contracts]: Endpoint<Contracts[K]> & { readonly group: G; readonly mount: M } } {
  // a loop, not Object.fromEntries: the survey imports this, and kiosk tablets of 2018 lack it (docs/survey.md)
  const endpoints: Record<string, Endpoint> = {}
  for (const [name, [method, path]] of Object.entries(routes) as [string, readonly [Method, string]][]) endpoints[name] = { group, name, method, mount, path }
  return endpoints as never
}

/** `/api/v1` path of an endpoint with its `{param}`s filled in. */
export function endpointPath(endpoint: Pick<Endpoint, 'mount' | 'path'>, params: Record<string, string | number> = {}): string {
  const path = `${endpoint.mount}${endpoint.path === '/' && endpoint.mount ? '' : endpoint.path}`
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name]
    if (value === undefined) throw new Error(`missing path parameter ${name} for ${endpoint.path}`)
    return encodeURIComponent(String(value))
  })
}

type Part<C, K extends keyof Contract> = C extends { readonly [P in K]: infer S extends z.ZodType } ? S : never

export type ParamsOf<E> = { [K in keyof z.output<Part<ContractOf<E>, 'params'>>]: string | number }
type Query<E> = Part<ContractOf<E>, 'query'>
/** A query value as parsed, or as the URL spells it (`'true'` for a boolean). */
export type QueryOf<E> = { [K in keyof z.output<Query<E>>]?: z.output<Query<E>>[K] | (z.input<Query<E>>[K & keyof z.input<Query<E>>] & string) | undefined }
export type BodyOf<E> = z.input<Part<ContractOf<E>, 'body'>>
export type ResponseOf<E> = ContractOf<E> extends { readonly response: infer R extends z.ZodType } ? z.output<R> : undefined
