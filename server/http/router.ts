import { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from './context'
import { validationError } from './errors'
import { assertStorableText } from './unstorable-text'

/**
 * A route group whose zod validation failures become 400 errors naming the field, and whose
 * validated input (body, path, query) may not carry text the database cannot store.
 */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationError(result.error)
      assertStorableText(result.data)
    },
  })
}
