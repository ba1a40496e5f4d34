import { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from './context'
import { validationError } from './errors'

/** A route group whose zod validation failures become 400 errors naming the field. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationError(result.error)
    },
  })
}
