import { createHash } from 'node:crypto'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { packSourceTexts } from '../../shared/language-packs/texts'
import { useTestApp } from '../helpers/app'
import { createUserAndLogin, type LoggedInUser } from '../helpers/auth'
import { databaseKinds } from '../helpers/databases'
import { createSurveyFixture, smallSipasDefinition } from '../helpers/fixtures'
import { oggOpusSilence } from '../helpers/ogg-opus'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
/** A test language: its texts are the Vietnamese ones marked as test texts, never a real translation. */
const testText = (key: string, vi: string) => `[TEST blt] ${key}: ${vi}`

async function sheetOf(bytes: ArrayBuffer) {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes)
  return { workbook, sheet: workbook.worksheets[0]! }
}

describe.each(databaseKinds)('language packs on %s', (kind) => {
  const t = useTestApp(kind)
  const raw = (path: string, init: { method?: string; body?: Uint8Array | ArrayBuffer; headers?: Record<string, string> }) =>
    t.app.request(path, { method: init.method ?? 'GET', headers: init.headers, body: init.body && new Blob([init.body]) })
  const upload = (admin: LoggedInUser, path: string, body: Uint8Array | ArrayBuffer, type: string) =>
    raw(path, { method: path.includes('/recordings/') ? 'PUT' : 'POST', body, headers: { ...admin.headers, 'Content-Type': type } })

  it('adds a language by its code and own name; codes are checked and unique; only admins add', async () => {
    const admin = await createUserAndLogin(t, 'admin')
    const viewer = await createUserAndLogin(t, 'viewer')
    expect((await t.request('/api/v1/languages', { body: { code: 'blt', name: 'ꪼꪕꪒꪾꪙ' }, headers: viewer.headers })).status).toBe(403)
    const added = await t.request('/api/v1/languages', { body: { code: 'blt', name: 'ꪼꪕꪒꪾꪙ' }, headers: admin.headers })
    expect(added.status).toBe(201)
    expect(added.body).toEqual({ code: 'blt', name: 'ꪼꪕꪒꪾꪙ', builtin: false })
    const again = await t.request('/api/v1/languages', { body: { code: 'blt', name: 'Tai Dam' }, headers: admin.headers })
    expect(again.status).toBe(409)
    expect(again.body.error.fields.code).toBeDefined()
    const bad = await t.request('/api/v1/languages', { body: { code: 'Thai Dam!', name: '' }, headers: admin.headers })
    expect(bad.status).toBe(400)
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['code', 'name'])
    const list = await t.request('/api/v1/languages', { headers: viewer.headers })
    expect(list.body).toEqual([
      { code: 'vi', name: 'Tiếng Việt', builtin: true },
      { code: 'en', name: 'English', builtin: true },
      { code: 'blt', name: 'ꪼꪕꪒꪾꪙ', builtin: false },
    ])
  })

  it('round-trips a pack through the spreadsheet, refuses a sheet with a missing cell naming it, and keeps the version frozen', async () => {
    const admin = await createUserAndLogin(t, 'admin')
    await t.request('/api/v1/languages', { body: { code: 'hmn', name: 'Hmoob' }, headers: admin.headers })
    const { campaignId, agencyId, questionnaireId } = await createSurveyFixture(t.ctx.db)
    const before = await t.ctx.db
      .selectFrom('questionnaires')
      .select(['definition', 'version', 'updated_at'])
      .where('id', '=', questionnaireId)
      .executeTakeFirstOrThrow()

    const exported = await raw(`/api/v1/questionnaires/${questionnaireId}/texts.xlsx`, { headers: admin.headers })
    expect(exported.status).toBe(200)
    expect(exported.headers.get('content-type')).toBe(XLSX)
    const { workbook, sheet } = await sheetOf(await exported.arrayBuffer())
    const sources = packSourceTexts(smallSipasDefinition)
    expect(sheet.rowCount).toBe(sources.length + 1)
    const header = (sheet.getRow(1).values as string[]).slice(1)
    expect(header[0]).toBe('key')
    expect(header.slice(1, 3)).toEqual(['vi — Tiếng Việt', 'en — English'])
    const hmnColumn = header.indexOf('hmn — Hmoob') + 1
    expect(hmnColumn).toBeGreaterThan(3)
    expect(sheet.getCell(2, 1).text).toBe('intro')
    expect(sheet.getCell(2, 2).text).toBe(smallSipasDefinition.intro.vi)
    expect(sources.some((s) => s.key === 'app.thanks')).toBe(true)

    // a translator fills the hmn column, with a placeholder kept where the source has one
    sources.forEach((source, i) => {
      sheet.getCell(i + 2, hmnColumn).value = testText(source.key, source.source.vi)
    })
    const filled = await workbook.xlsx.writeBuffer()
    const imported = await upload(admin, `/api/v1/questionnaires/${questionnaireId}/texts.xlsx`, filled as ArrayBuffer, XLSX)
    expect(imported.status).toBe(200)
    expect(await imported.json()).toEqual({ imported: [{ lang: 'hmn', texts: sources.length }] })

    // a second sheet with one cell emptied, one placeholder dropped and an unknown key: refused, cell by cell, nothing changed
    const progressRow = sources.findIndex((s) => s.key === 'app.progress') + 2
    const letter = String.fromCharCode(64 + hmnColumn)
    sheet.getCell(5, hmnColumn).value = ''
    sheet.getCell(progressRow, hmnColumn).value = 'Bước thử nghiệm'
    sheet.getCell(sources.length + 2, 1).value = 'criterion.nothing_here'
    const broken = await upload(admin, `/api/v1/questionnaires/${questionnaireId}/texts.xlsx`, (await workbook.xlsx.writeBuffer()) as ArrayBuffer, XLSX)
    expect(broken.status).toBe(400)
    const refusal = (await broken.json()) as { error: { message: string; fields: Record<string, string> } }
    expect(refusal.error.fields[`${letter}5`]).toMatch(/missing text/)
    expect(refusal.error.fields[`${letter}${progressRow}`]).toMatch(/\{current\} \{total\}/)
    expect(refusal.error.fields[`A${sources.length + 2}`]).toMatch(/unknown text key/)
    expect(refusal.error.message).toContain(`${letter}5`)
    const stored = await t.ctx.db
      .selectFrom('language_pack_texts')
      .select(['key', 'text'])
      .where('questionnaire_id', '=', questionnaireId)
      .where('lang', '=', 'hmn')
      .execute()
    expect(stored).toHaveLength(sources.length)
    expect(stored.find((r) => r.key === 'app.progress')!.text).toBe(testText('app.progress', 'Bước {current}/{total}'))

    const after = await t.ctx.db
      .selectFrom('questionnaires')
      .select(['definition', 'version', 'updated_at'])
      .where('id', '=', questionnaireId)
      .executeTakeFirstOrThrow()
    expect(after).toEqual(before)

    // a link offers the language first; the public survey speaks it, its own words included
    const link = await t.request(`/api/v1/campaigns/${campaignId}/units/${agencyId}/links`, {
      body: { channel: 'kiosk', label: 'Quầy Hmông', languages: ['hmn', 'vi'], readAloud: true },
      headers: admin.headers,
    })
    expect(link.status).toBe(201)
    expect(link.body.languages).toEqual(['hmn', 'vi'])
    expect(link.body.readAloud).toBe(true)
    const survey = await t.request(`/api/v1/public/surveys/${link.body.code}`)
    expect(survey.body.lang).toBe('hmn')
    expect(survey.body.languages).toEqual([
      { code: 'hmn', name: 'Hmoob' },
      { code: 'vi', name: 'Tiếng Việt' },
    ])
    expect(survey.body.readAloud).toBe(true)
    expect(survey.body.questionnaire.intro).toBe(testText('intro', smallSipasDefinition.intro.vi))
    expect(survey.body.questionnaire.elements[0].criteria[0].label).toBe(
      testText(`criterion.${smallSipasDefinition.elements[0]!.criteria[0]!.key}`, smallSipasDefinition.elements[0]!.criteria[0]!.label.vi),
    )
    expect(survey.body.messages.thanks).toBe(testText('app.thanks', 'Xin cảm ơn ông/bà!'))
    const inVietnamese = await t.request(`/api/v1/public/surveys/${link.body.code}?lang=vi`)
    expect(inVietnamese.body.questionnaire.intro).toBe(smallSipasDefinition.intro.vi)
    expect(inVietnamese.body.messages).toBeUndefined()
    // a language the link does not offer gets the link's first
    expect((await t.request(`/api/v1/public/surveys/${link.body.code}?lang=en`)).body.lang).toBe('hmn')
  })

  it('refuses a link offering a language without its pack, and a workbook that is not one', async () => {
    const admin = await createUserAndLogin(t, 'admin')
    await t.request('/api/v1/languages', { body: { code: 'tdd', name: 'ᥖᥭᥰ ᥖᥬᥲ ᥑᥨᥒᥰ' }, headers: admin.headers })
    const { campaignId, agencyId, questionnaireId } = await createSurveyFixture(t.ctx.db)
    const path = `/api/v1/campaigns/${campaignId}/units/${agencyId}/links`
    const noPack = await t.request(path, { body: { channel: 'qr', label: 'x', languages: ['vi', 'tdd'] }, headers: admin.headers })
    expect(noPack.status).toBe(400)
    expect(noPack.body.error.fields.languages).toMatch(/import its spreadsheet/)
    const unknown = await t.request(path, { body: { channel: 'qr', label: 'x', languages: ['xyz'] }, headers: admin.headers })
    expect(unknown.body.error.fields.languages).toMatch(/add it first/)
    const twice = await t.request(path, { body: { channel: 'qr', label: 'x', languages: ['vi', 'vi'] }, headers: admin.headers })
    expect(twice.status).toBe(400)
    const notXlsx = await upload(admin, `/api/v1/questionnaires/${questionnaireId}/texts.xlsx`, new TextEncoder().encode('key,vi\n'), XLSX)
    expect(notXlsx.status).toBe(400)
    expect(((await notXlsx.json()) as { error: { fields: object } }).error.fields).toHaveProperty('file')
  })

  it('stores recordings of known audio types up to 1 MB and serves them with long caching and an ETag', async () => {
    const admin = await createUserAndLogin(t, 'admin')
    const viewer = await createUserAndLogin(t, 'viewer')
    const { questionnaireId } = await createSurveyFixture(t.ctx.db)
    const path = `/api/v1/questionnaires/${questionnaireId}/recordings/vi/intro`
    const ogg = oggOpusSilence(10)
    expect((await upload(viewer, path, ogg, 'audio/ogg')).status).toBe(403)

    const tooBig = new Uint8Array(1024 * 1024 + 1)
    tooBig.set(ogg.subarray(0, 4))
    const refusedSize = await upload(admin, path, tooBig, 'audio/ogg')
    expect(refusedSize.status).toBe(413)
    expect(((await refusedSize.json()) as { error: { fields: object } }).error.fields).toHaveProperty('file')
    const refusedType = await upload(admin, path, new TextEncoder().encode('<html>not audio</html>'), 'audio/ogg')
    expect(refusedType.status).toBe(415)
    expect(((await refusedType.json()) as { error: { fields: object } }).error.fields).toHaveProperty('file')
    const unknownKey = await upload(admin, `/api/v1/questionnaires/${questionnaireId}/recordings/vi/nothing.here`, ogg, 'audio/ogg')
    expect(unknownKey.status).toBe(400)
    expect(((await unknownKey.json()) as { error: { fields: object } }).error.fields).toHaveProperty('key')

    const stored = await upload(admin, path, ogg, 'application/octet-stream')
    expect(stored.status).toBe(200)
    const sha = createHash('sha256').update(ogg).digest('hex')
    expect(await stored.json()).toEqual({ url: `/api/v1/public/recordings/${sha}`, mediaType: 'audio/ogg', bytes: ogg.byteLength })
    const served = await raw(`/api/v1/public/recordings/${sha}`, {})
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toBe('audio/ogg')
    expect(served.headers.get('etag')).toBe(`"${sha}"`)
    expect(served.headers.get('cache-control')).toContain('immutable')
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(ogg)
    const revalidated = await raw(`/api/v1/public/recordings/${sha}`, { headers: { 'If-None-Match': `"${sha}"` } })
    expect(revalidated.status).toBe(304)
    expect((await raw(`/api/v1/public/recordings/${'0'.repeat(64)}`, {})).status).toBe(404)

    // replaced by a WebM recording: the old address is gone, the texts list the new one
    const webm = Uint8Array.from([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01])
    const replaced = (await (await upload(admin, path, webm, 'audio/webm')).json()) as { url: string; mediaType: string }
    expect(replaced.mediaType).toBe('audio/webm')
    expect((await raw(`/api/v1/public/recordings/${sha}`, {})).status).toBe(404)
    const texts = await t.request(`/api/v1/questionnaires/${questionnaireId}/texts`, { headers: admin.headers })
    expect(texts.body.texts.find((x: { key: string }) => x.key === 'intro').recordings).toEqual({ vi: replaced.url })
    for (const [bytes, type] of [
      [Uint8Array.from([0x49, 0x44, 0x33, 3, 0, 0, 0, 0, 0, 0]), 'audio/mpeg'],
      [Uint8Array.from([0, 0, 0, 0x20, 0x66, 0x74, 0x79, 0x70, 0x4d, 0x34, 0x41, 0x20]), 'audio/mp4'],
    ] as const) {
      expect(((await (await upload(admin, path, bytes, 'application/octet-stream')).json()) as { mediaType: string }).mediaType).toBe(type)
    }
  })
})
