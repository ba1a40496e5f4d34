import { beforeAll, describe, expect, it } from 'vitest'
import type { QuestionnaireDefinition } from '../../shared/questionnaires/definition'
import { questionnaireSchema } from '../../shared/questionnaires/schemas'
import { sipas2017 } from '../../shared/questionnaires/templates'
import { useTestApp } from '../helpers/app'
import { createUserAndLogin, type LoggedInUser } from '../helpers/auth'
import { databaseKinds } from '../helpers/databases'

describe.each(databaseKinds)('questionnaires on %s', (kind) => {
  const t = useTestApp(kind)
  let admin: LoggedInUser
  let builtinId: number
  const call = (method: string, path: string, body?: unknown) => t.request(`/api/v1${path}`, { method, body, headers: admin.headers })
  const rows = () => t.ctx.db.selectFrom('questionnaires').selectAll().orderBy('id').execute()
  const copyOf = (basedOnId: number, name?: string) => call('POST', '/questionnaires', { basedOnId, name })
  const edited = (change: (d: QuestionnaireDefinition) => void): QuestionnaireDefinition => {
    const definition = structuredClone(sipas2017.definition)
    change(definition)
    return definition
  }

  beforeAll(async () => {
    admin = await createUserAndLogin(t, 'admin')
    const list = await call('GET', '/questionnaires')
    builtinId = list.body.find((q: { kind: string }) => q.kind === 'sipas2017').id
  })

  it('lists the three built-ins, published, with their kind and scoring', async () => {
    const list = await call('GET', '/questionnaires')
    expect(list.status).toBe(200)
    expect(
      list.body
        .filter((q: { builtin: boolean }) => q.builtin)
        .map((q: { kind: string; status: string; scoring: string; version: number }) => [q.kind, q.status, q.scoring, q.version]),
    ).toEqual(
      expect.arrayContaining([
        ['sipas2017', 'published', 'share45', 1],
        ['sipas2022', 'published', 'share45', 1],
        ['onestop2018', 'published', 'points', 1],
      ]),
    )
    expect(list.body[0]).not.toHaveProperty('elements')
  })

  it('returns a full questionnaire in the shared API shape', async () => {
    const res = await call('GET', `/questionnaires/${builtinId}`)
    expect(res.status).toBe(200)
    const parsed = questionnaireSchema.parse(res.body)
    expect(parsed.elements).toEqual(sipas2017.definition.elements)
    expect(parsed).toMatchObject({ id: builtinId, kind: 'sipas2017', status: 'published', builtin: true, basedOnId: null })
    expect((await call('GET', '/questionnaires/987654')).status).toBe(404)
  })

  it('copies a version into a draft numbered after its name lineage', async () => {
    const first = await copyOf(builtinId)
    expect(first.status).toBe(201)
    expect(first.body).toMatchObject({
      name: sipas2017.name,
      version: 2,
      status: 'draft',
      builtin: false,
      basedOnId: builtinId,
      kind: 'sipas2017',
      scoring: 'share45',
      publishedAt: null,
    })
    expect(first.body.elements).toEqual(sipas2017.definition.elements)
    expect((await copyOf(first.body.id)).body.version).toBe(3)
    const renamed = await copyOf(builtinId, 'Phiếu khảo sát tỉnh Sơn La')
    expect(renamed.body).toMatchObject({ name: 'Phiếu khảo sát tỉnh Sơn La', version: 1 })
    const unknown = await copyOf(987654)
    expect(unknown.status).toBe(400)
    expect(unknown.body.error.fields).toHaveProperty('basedOnId')
  })

  it('edits a draft’s texts and items, then publishing freezes it', async () => {
    const draft = (await copyOf(builtinId, 'Phiếu sửa thử')).body
    const definition = edited((d) => {
      d.elements[0]!.label = { vi: 'Tiếp cận dịch vụ tại Trung tâm', en: 'Access at the centre' }
      d.elements[0]!.criteria.push({ key: 'access.parking', label: { vi: 'Có chỗ gửi xe', en: 'Parking available' } })
    })
    const patched = await call('PATCH', `/questionnaires/${draft.id}`, { definition })
    expect(patched.status).toBe(200)
    expect(patched.body.elements[0].criteria.map((c: { key: string }) => c.key)).toContain('access.parking')

    const published = await call('POST', `/questionnaires/${draft.id}/publish`)
    expect(published.status).toBe(200)
    expect(published.body.status).toBe('published')
    expect(published.body.publishedAt).toEqual(expect.any(String))

    const before = await rows()
    const frozen = await call('PATCH', `/questionnaires/${draft.id}`, { name: 'Đổi tên sau khi ban hành' })
    expect(frozen.status).toBe(409)
    expect((await call('POST', `/questionnaires/${draft.id}/publish`)).status).toBe(409)
    expect((await call('PATCH', `/questionnaires/${builtinId}`, { definition })).status).toBe(409)
    expect(await rows()).toEqual(before)
  })

  it.each([
    ['a duplicate criterion key', (d: QuestionnaireDefinition) => (d.elements[1]!.criteria[0]!.key = 'access.seating'), 'definition.elements.1.criteria.0.key'],
    ['a key that is not a key', (d: QuestionnaireDefinition) => (d.elements[0]!.key = 'Tiếp cận'), 'definition.elements.0.key'],
    ['an empty Vietnamese label', (d: QuestionnaireDefinition) => (d.elements[2]!.label.vi = ' '), 'definition.elements.2.label.vi'],
    ['an element without criteria', (d: QuestionnaireDefinition) => (d.elements[3]!.criteria = []), 'definition.elements.3.criteria'],
    ['satisfied values off the scale', (d: QuestionnaireDefinition) => (d.overall!.satisfiedValues = [6]), 'definition.overall.satisfiedValues'],
    ['more expectations allowed than offered', (d: QuestionnaireDefinition) => (d.expectations!.max = 20), 'definition.expectations.max'],
    [
      'a duplicate demographic option',
      (d: QuestionnaireDefinition) => (d.demographics[0]!.options[1]!.key = 'male'),
      'definition.demographics.0.options.1.key',
    ],
    ['a feedback element without the filter question', (d: QuestionnaireDefinition) => delete d.feedbackQuestion, 'definition.feedbackQuestion'],
    [
      'level texts that do not match the scale',
      (d: QuestionnaireDefinition) => (d.elements[0]!.criteria[1]!.levels = [{ vi: '1 lần', en: 'Once' }]),
      'definition.elements.0.criteria.1.levels',
    ],
  ])('refuses %s, naming the field, and keeps the draft', async (_what, change, field) => {
    const draft = (await copyOf(builtinId, 'Phiếu kiểm tra lỗi')).body
    const before = await rows()
    const res = await call('PATCH', `/questionnaires/${draft.id}`, { definition: edited(change) })
    expect(res.status).toBe(400)
    expect(res.body.error.fields).toHaveProperty([field])
    expect(await rows()).toEqual(before)
  })

  it('records copies, edits and publications in the audit log', async () => {
    const draft = (await copyOf(builtinId, 'Phiếu nhật ký')).body
    await call('PATCH', `/questionnaires/${draft.id}`, { name: 'Phiếu nhật ký 2027' })
    await call('POST', `/questionnaires/${draft.id}/publish`)
    const entries = await t.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'questionnaire')
      .where('entity_id', '=', String(draft.id))
      .orderBy('id')
      .execute()
    expect(entries.map((e) => e.action)).toEqual(['create', 'update', 'publish'])
    expect(entries.every((e) => e.user_id === admin.id)).toBe(true)
  })
})
