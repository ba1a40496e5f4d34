import { z } from '@hono/zod-openapi'

export const surveyCodeParamSchema = z.object({
  code: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: 'code', in: 'path' } }),
})
