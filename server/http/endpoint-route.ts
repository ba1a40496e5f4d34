import { createRoute } from '@hono/zod-openapi'
import type { MiddlewareHandler } from 'hono'
import type { z } from 'zod'
import { contracts } from '../../shared/api/contracts'
import type { Contract, ContractOf, Endpoint } from '../../shared/api/endpoint'

/** What the OpenAPI document says about an endpoint beyond its schemas. */
export interface EndpointDoc {
  summary: string
  description?: string
  /** What the success answer (the endpoint's `status`) is. */
  returns: string
  /** Other statuses answering the same JSON (a replay answered 200 beside 201). */
  alsoReturns?: Readonly<Partial<Record<200 | 201, string>>>
  middleware?: readonly MiddlewareHandler[]
  /** Error statuses and when they happen. */
  errors?: Readonly<Record<number, string>>
}

type Json<S> = { content: { 'application/json': { schema: S } } }
type Described = { description: string }
type NoPart = Record<never, never>

type RequestOf<E extends Contract> = (E extends { params: infer P extends z.ZodType } ? { params: P } : NoPart) &
  (E extends { query: infer Q extends z.ZodType } ? { query: Q } : NoPart) &
  (E extends { body: infer B extends z.ZodType } ? { body: Json<B> & { required: true } } : NoPart) &
  (E extends { upload: infer U extends Record<string, z.ZodType> } ? { body: { content: { [T in keyof U]: { schema: U[T] } }; required: true } } : NoPart)

type Answer<E extends Contract> = E extends { response: infer R extends z.ZodType } ? Described & Json<R> : Described

type ResponsesOf<E extends Contract, D extends EndpointDoc> = { [S in E['status']]: Answer<E> } & {
  [S in keyof D['alsoReturns']]: Answer<E>
} & { [S in keyof D['errors']]: Described }

/** The route for `createRouter().openapi(…)`, relative to the group's mount, built from the shared endpoint. */
export type EndpointRoute<E extends Endpoint, D extends EndpointDoc> = {
  method: E['method']
  path: E['path']
  summary: string
  description?: string
  middleware: D extends { middleware: infer M extends readonly MiddlewareHandler[] } ? { -readonly [K in keyof M]: M[K] } : undefined
  request: RequestOf<ContractOf<E>>
  responses: ResponsesOf<ContractOf<E>, D>
}

/**
 * Declares the server route of a shared endpoint: the method, path, parameters, body and
 * answer come from `shared/api/` (so server and client cannot drift apart); the route file
 * adds the documentation and the middleware.
 */
export function endpointRoute<const E extends Endpoint, const D extends EndpointDoc>(endpoint: E, doc: D): EndpointRoute<E, D> {
  const contract: Contract = (contracts as Record<string, Record<string, Contract>>)[endpoint.group]![endpoint.name]!
  const answer = (description: string) =>
    contract.response ? { description, content: { 'application/json': { schema: contract.response } } } : { description }
  const body = contract.body
    ? { content: { 'application/json': { schema: contract.body } }, required: true }
    : contract.upload
      ? { content: Object.fromEntries(Object.entries(contract.upload).map(([type, schema]) => [type, { schema }])), required: true }
      : undefined
  const responses: Record<number, ReturnType<typeof answer>> = { [contract.status]: answer(doc.returns) }
  for (const [status, description] of Object.entries(doc.alsoReturns ?? {})) responses[Number(status)] = answer(description)
  for (const [status, description] of Object.entries(doc.errors ?? {})) responses[Number(status)] = { description }
  return createRoute({
    method: endpoint.method,
    path: endpoint.path,
    summary: doc.summary,
    ...(doc.description && { description: doc.description }),
    ...(doc.middleware && { middleware: [...doc.middleware] }),
    request: {
      ...(contract.params && { params: contract.params as never }),
      ...(contract.query && { query: contract.query as never }),
      ...(body && { body }),
    },
    responses,
  }) as never
}
