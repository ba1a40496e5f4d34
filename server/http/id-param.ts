import { z } from '@hono/zod-openapi'

/** `/{id}` path parameter: a positive integer. */
export const idParamSchema = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .openapi({ param: { name: 'id', in: 'path' } }),
})
