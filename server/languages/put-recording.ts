import { createHash } from 'node:crypto'
import { createRoute, z } from '@hono/zod-openapi'
import { languageCodeSchema, MAX_RECORDING_BYTES } from '../../shared/language-packs/schemas'
import { packSourceTexts } from '../../shared/language-packs/texts'
import { recordAudit } from '../audit/record-audit'
import { requireRole, requireUser } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { ApiError, fieldError, notFound, problem } from '../http/errors'
import { createRouter } from '../http/router'
import { recordingUrl } from './recording-urls'
import { sniffAudio } from './sniff-audio'

const params = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .openapi({ param: { name: 'id', in: 'path' } }),
  lang: languageCodeSchema.openapi({ param: { name: 'lang', in: 'path' } }),
  key: z
    .string()
    .max(200)
    .openapi({ param: { name: 'key', in: 'path' } }),
})
const audioBody = { schema: z.string().openapi({ format: 'binary' }) }

export function putRecording(ctx: AppContext) {
  const route = createRoute({
    method: 'put',
    path: '/questionnaires/{id}/recordings/{lang}/{key}',
    summary: 'Store or replace the recording that reads one text aloud in one language (admins): Ogg/Opus, WebM, MP3 or M4A, at most 1 MB',
    middleware: [requireUser(ctx), requireRole('admin')] as const,
    request: {
      params,
      body: {
        content: { 'audio/ogg': audioBody, 'audio/webm': audioBody, 'audio/mpeg': audioBody, 'audio/mp4': audioBody, 'application/octet-stream': audioBody },
        required: true,
      },
    },
    responses: {
      200: { description: 'Stored', content: { 'application/json': { schema: z.object({ url: z.string(), mediaType: z.string(), bytes: z.number() }) } } },
      400: { description: 'Unknown text key (`fields.key`) or language (`fields.lang`)' },
      404: { description: 'No such questionnaire' },
      413: { description: 'Larger than 1 MB (`fields.file`)' },
      415: { description: 'Not Ogg, WebM, MP3 or M4A audio (`fields.file`)' },
    },
  })
  return createRouter().openapi(route, async (c) => {
    const { id, lang, key } = c.req.valid('param')
    const tooLarge = () =>
      new ApiError(413, 'payload_too_large', 'A recording may be at most 1 MB', { file: problem('too_big', 'larger than 1 MB', 1024 * 1024) })
    if (Number(c.req.header('content-length') ?? 0) > MAX_RECORDING_BYTES) throw tooLarge()
    const bytes = new Uint8Array(await c.req.arrayBuffer())
    if (bytes.byteLength > MAX_RECORDING_BYTES) throw tooLarge()
    const mediaType = sniffAudio(bytes)
    if (!mediaType)
      throw new ApiError(415, 'unsupported_media_type', 'A recording must be Ogg/Opus, WebM, MP3 or M4A audio', {
        file: problem('unsupported_audio', 'not Ogg, WebM, MP3 or M4A audio'),
      })

    const questionnaire = await ctx.db.selectFrom('questionnaires').select('definition').where('id', '=', id).executeTakeFirst()
    if (!questionnaire) throw notFound('Questionnaire')
    if (!packSourceTexts(questionnaire.definition).some((text) => text.key === key))
      throw fieldError('key', 'not_found', `no text "${key}" in this questionnaire`)
    const language = await ctx.db.selectFrom('languages').select('code').where('code', '=', lang).executeTakeFirst()
    if (!language) throw fieldError('lang', 'not_found', `no language "${lang}"; add it first`)

    const sha256 = createHash('sha256').update(bytes).digest('hex')
    await ctx.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('recordings')
        .values({ questionnaire_id: id, lang, key, media_type: mediaType, bytes, sha256 })
        .onConflict((oc) => oc.columns(['questionnaire_id', 'lang', 'key']).doUpdateSet({ media_type: mediaType, bytes, sha256, updated_at: new Date() }))
        .execute()
      await recordAudit(trx, {
        userId: c.var.user.id,
        action: 'update',
        entity: 'recording',
        entityId: id,
        details: { lang, key, mediaType, bytes: bytes.byteLength, sha256 },
      })
    })
    return c.json({ url: recordingUrl(sha256), mediaType, bytes: bytes.byteLength }, 200)
  })
}
