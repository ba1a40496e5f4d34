import { describe, expect, it } from 'vitest'
import { ensureBuiltinQuestionnaires } from '../../server/questionnaires/builtins'
import { type QuestionnaireDefinition, questionnaireDefinitionSchema } from '../../shared/questionnaires/definition'
import { estimatedMinutes, questionCount } from '../../shared/questionnaires/duration'
import { builtinTemplates, onestop2018, sipas2017, sipas2022 } from '../../shared/questionnaires/templates'
import { useTestApp } from '../helpers/app'
import { databaseKinds } from '../helpers/databases'

const criteriaCount = (d: QuestionnaireDefinition) => d.elements.reduce((n, e) => n + e.criteria.length, 0)

/** Every `{vi, en}` text in a definition, found by walking it. */
function texts(value: unknown): { vi: string; en: string }[] {
  if (Array.isArray(value)) return value.flatMap(texts)
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if (typeof record.vi === 'string' && typeof record.en === 'string') return [record as { vi: string; en: string }]
    return Object.values(record).flatMap(texts)
  }
  return []
}

describe('built-in questionnaire templates', () => {
  it('follow the three generations: 22, 16 and 9 criteria', () => {
    expect(sipas2017.definition.elements.map((e) => e.criteria.length)).toEqual([4, 5, 6, 3, 4])
    expect(criteriaCount(sipas2017.definition)).toBe(22)
    expect(sipas2022.definition.elements.map((e) => e.criteria.length)).toEqual([3, 4, 3, 3, 3])
    expect(criteriaCount(sipas2022.definition)).toBe(16)
    expect(criteriaCount(onestop2018.definition)).toBe(9)
  })

  it.each(builtinTemplates.map((t) => [t.kind, t] as const))('%s passes the definition schema unchanged', (_kind, template) => {
    expect(questionnaireDefinitionSchema.parse(template.definition)).toEqual(template.definition)
  })

  it.each(builtinTemplates.map((t) => [t.kind, t] as const))('%s has unique keys and every text in Vietnamese and English', (_kind, template) => {
    const d = template.definition
    const itemKeys = [...d.elements.map((e) => e.key), ...d.elements.flatMap((e) => e.criteria.map((c) => c.key))]
    expect(new Set(itemKeys).size).toBe(itemKeys.length)
    for (const group of [d.expectations?.options, d.serviceFields?.options, ...d.perceptions.map((p) => p.options), ...d.demographics.map((q) => q.options)]) {
      const keys = (group ?? []).map((o) => o.key)
      expect(new Set(keys).size).toBe(keys.length)
    }
    for (const text of texts(d)) {
      expect(text.vi.trim()).not.toBe('')
      expect(text.en.trim()).not.toBe('')
    }
  })

  it('declares the SIPAS specifics: feedback filter, satisfied = 4–5, up to 3 expectations, age bands, comment warning', () => {
    const a = sipas2017.definition
    expect(a.elements[4]!.onlyIf).toBe('gaveFeedback')
    expect(a.feedbackQuestion).toBeDefined()
    expect(a.scale.map((p) => p.value)).toEqual([1, 2, 3, 4, 5])
    expect(a.overall!.satisfiedValues).toEqual([4, 5])
    expect(a.expectations!.max).toBe(3)
    expect(a.demographics.map((q) => q.key)).toEqual(['gender', 'age_band', 'ethnicity', 'education', 'occupation'])
    expect(a.demographics[1]!.options).toHaveLength(5)
    expect(a.comment!.maxLength).toBe(2000)
    expect(a.comment!.hint.vi).not.toMatch(/số điện thoại/) // the page warns against personal details, once
    expect(a.elements[0]!.criteria[0]!.key).toBe('access.seating')
    expect(sipas2017.scoring).toBe('share45')
  })

  it('declares the 2022+ perceptions and 10 expectations, and the one-stop points scoring', () => {
    const b = sipas2022.definition
    expect(b.perceptions.map((p) => p.key)).toEqual(['harassment', 'extra_payment'])
    expect(b.perceptions[1]!.options.map((o) => o.key)).toEqual(['extra_payment.none', 'extra_payment.some', 'extra_payment.many'])
    expect(b.expectations!.options).toHaveLength(10)
    const c = onestop2018.definition
    expect(onestop2018.scoring).toBe('points')
    expect(c.scale.map((p) => p.value)).toEqual([0, 1, 2])
    expect(c.overall!.scale.map((p) => p.label.vi)).toEqual(['Không hài lòng', 'Hài lòng', 'Rất hài lòng'])
    expect(c.overall!.satisfiedValues).toEqual([2, 3])
    expect(c.demographics).toEqual([])
  })
})

describe('what the templates tell citizens', () => {
  it.each(builtinTemplates.map((t) => [t.kind, t] as const))('%s leaves the duration and anonymity to the page, which says them once', (_kind, template) => {
    expect(template.definition.intro.vi).not.toMatch(/phút|ẩn danh/i)
    expect(template.definition.intro.en).not.toMatch(/minute|anonymous/i)
  })

  it('takes about 4 seconds a question: SIPAS 2017 about 3 minutes, the one-stop form under a minute', () => {
    expect(questionCount(sipas2017.definition)).toBe(22 + 6 + 4) // criteria; feedback, overall, expectations, field, comment; 5 demographics
    expect(estimatedMinutes(sipas2017.definition)).toBe(3)
    expect(estimatedMinutes(sipas2022.definition)).toBe(Math.ceil((questionCount(sipas2022.definition) * 4) / 60))
    expect(questionCount(onestop2018.definition)).toBe(10)
    expect(estimatedMinutes(onestop2018.definition)).toBe(0)
  })

  it('says what each level of the one-stop count and deadline indicators means, one text per point of the scale', () => {
    const c = onestop2018.definition
    const levels = Object.fromEntries(
      c.elements[0]!.criteria.filter((criterion) => criterion.levels).map((criterion) => [criterion.key, criterion.levels!.map((l) => l.vi)]),
    )
    expect(levels['onestop.visits']).toEqual(['3 lần trở lên', '2 lần', '1 lần'])
    expect(Object.keys(levels)).toEqual(['onestop.total_time', 'onestop.time_per_agency', 'onestop.visits', 'onestop.agencies_contacted'])
    for (const texts of Object.values(levels)) expect(texts).toHaveLength(c.scale.length)
    for (const point of c.scale) expect(point.label.vi).toMatch(/\(\d\u00a0điểm\)$/) // "(0 điểm)" never breaks
  })
})

describe.each(databaseKinds)('built-in questionnaires on %s', (kind) => {
  const t = useTestApp(kind)

  it('are stored once, published, however often they are ensured', async () => {
    await ensureBuiltinQuestionnaires(t.ctx.db)
    const rows = await t.ctx.db.selectFrom('questionnaires').selectAll().where('builtin', '=', true).orderBy('id').execute()
    expect(rows.map((r) => r.kind)).toEqual(['sipas2017', 'sipas2022', 'onestop2018'])
    expect(rows.every((r) => r.status === 'published' && r.version === 1 && r.published_at !== null)).toBe(true)
    expect(rows[0]!.definition).toEqual(sipas2017.definition)
  })
})
