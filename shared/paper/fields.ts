// Kept free of zod: the data-entry page walks these fields and the server compares entries with them.
import type { LocalizedText } from '../i18n'
import type { QuestionnaireDefinition } from '../questionnaires/definition'
import type { ResponseSubmission } from '../responses/submission'

/** One answer of a form as the data-entry page holds it; null is "no answer". */
export type FieldValue = number | string | boolean | string[] | null

export interface FieldOption {
  /** The digits typed for it (1, 2…); a scale of 1–9 keeps its own values. */
  code: number
  value: number | string | boolean
  label: LocalizedText
}

/**
 * One question of a paper form, in the order it is printed and entered. `key` is the field
 * the API names in its errors (`answers.staff.polite`, `overall`, `demographics.gender`…).
 */
export interface PaperField {
  key: string
  kind: 'scale' | 'choice' | 'multi' | 'text'
  label: LocalizedText
  /** The element a criterion belongs to. */
  group?: LocalizedText
  /** Asked only of people who answered yes to the feedback question. */
  onlyIfFeedback?: boolean
  options: FieldOption[]
  /** `multi`: how many options may be ticked. */
  max?: number
}

const YES_NO: FieldOption[] = [
  { code: 1, value: true, label: { vi: 'Có', en: 'Yes' } },
  { code: 2, value: false, label: { vi: 'Không', en: 'No' } },
]

function scaleOptions(scale: { value: number; label: LocalizedText }[]): FieldOption[] {
  const ownCodes = scale.every((p) => p.value >= 1 && p.value <= 9)
  return scale.map((p, i) => ({ code: ownCodes ? p.value : i + 1, value: p.value, label: p.label }))
}

function choiceOptions(options: { key: string; label: LocalizedText }[]): FieldOption[] {
  return options.map((o, i) => ({ code: i + 1, value: o.key, label: o.label }))
}

/** The questions of a paper form in print order: criteria by element (the feedback question before its element), then the rest. */
export function paperFields(definition: QuestionnaireDefinition): PaperField[] {
  const fields: PaperField[] = []
  const scale = scaleOptions(definition.scale)
  for (const element of definition.elements) {
    const onlyIfFeedback = element.onlyIf === 'gaveFeedback' && definition.feedbackQuestion !== undefined
    if (onlyIfFeedback && !fields.some((f) => f.key === 'gaveFeedback')) {
      fields.push({ key: 'gaveFeedback', kind: 'choice', label: definition.feedbackQuestion!, options: YES_NO })
    }
    for (const criterion of element.criteria) {
      fields.push({ key: `answers.${criterion.key}`, kind: 'scale', label: criterion.label, group: element.label, options: scale, onlyIfFeedback })
    }
  }
  if (definition.overall) fields.push({ key: 'overall', kind: 'scale', label: definition.overall.label, options: scaleOptions(definition.overall.scale) })
  for (const item of definition.perceptions)
    fields.push({ key: `perceptions.${item.key}`, kind: 'choice', label: item.label, options: choiceOptions(item.options) })
  if (definition.expectations) {
    const { label, options, max } = definition.expectations
    fields.push({ key: 'expectations', kind: 'multi', label, options: choiceOptions(options), max })
  }
  if (definition.serviceFields)
    fields.push({ key: 'serviceField', kind: 'choice', label: definition.serviceFields.label, options: choiceOptions(definition.serviceFields.options) })
  for (const item of definition.demographics)
    fields.push({ key: `demographics.${item.key}`, kind: 'choice', label: item.label, options: choiceOptions(item.options) })
  if (definition.comment) fields.push({ key: 'comment', kind: 'text', label: definition.comment.label, options: [] })
  return fields
}

/** The answers a paper entry sends (a survey submission without its device fields). */
export type PaperAnswers = Pick<
  ResponseSubmission,
  'answers' | 'overall' | 'gaveFeedback' | 'expectations' | 'perceptions' | 'demographics' | 'serviceField' | 'comment'
>

function canonical(value: FieldValue | undefined): FieldValue {
  if (value === undefined || value === '') return null
  return Array.isArray(value) ? [...value].sort() : value
}

/** A form's answers as field → value, every field present (null when not answered). */
export function answersToValues(fields: PaperField[], answers: Partial<PaperAnswers>): Record<string, FieldValue> {
  const values: Record<string, FieldValue> = {}
  for (const field of fields) {
    const [head, ...rest] = field.key.split('.')
    const sub = rest.join('.')
    const value =
      head === 'answers' || head === 'perceptions' || head === 'demographics'
        ? (answers[head] as Record<string, FieldValue> | undefined)?.[sub]
        : (answers[head as keyof PaperAnswers] as FieldValue | undefined)
    values[field.key] = canonical(field.kind === 'multi' ? (value ?? []) : value)
  }
  return values
}

/** The answers to send for field → value (no answer: left out, or null where the API takes null). */
export function valuesToAnswers(values: Record<string, FieldValue>): PaperAnswers {
  const answers: PaperAnswers = { answers: {}, expectations: [], perceptions: {}, demographics: {} }
  for (const [key, value] of Object.entries(values)) {
    const [head, ...rest] = key.split('.')
    const sub = rest.join('.')
    if (head === 'answers') answers.answers[sub] = value as number | null
    else if ((head === 'perceptions' || head === 'demographics') && value !== null) answers[head][sub] = value as string
    else if (head === 'expectations') answers.expectations = (value as string[] | null) ?? []
    else if (head === 'overall') answers.overall = value as number | null
    else if (head === 'gaveFeedback') answers.gaveFeedback = value as boolean | null
    else if (head === 'serviceField') answers.serviceField = value as string | null
    else if (head === 'comment') answers.comment = value as string | null
  }
  return answers
}

export interface FieldMismatch {
  field: string
  first: FieldValue
  second: FieldValue
}

/** The fields two entries of one form disagree on, in print order. */
export function mismatchedFields(fields: PaperField[], first: Partial<PaperAnswers>, second: Partial<PaperAnswers>): FieldMismatch[] {
  const a = answersToValues(fields, first)
  const b = answersToValues(fields, second)
  return fields
    .filter((f) => JSON.stringify(a[f.key]) !== JSON.stringify(b[f.key]))
    .map((f) => ({ field: f.key, first: a[f.key] ?? null, second: b[f.key] ?? null }))
}
