import type { FieldValue, PaperAnswers, PaperField } from '../../../shared/paper/fields'
import { valuesToAnswers } from '../../../shared/paper/fields'

/** Where the clerk is in a form: `index` is the current question (`fields.length`: the check before saving). */
export interface EntryState {
  index: number
  values: Record<string, FieldValue>
  /** Digits typed for the current question that do not yet name one option (e.g. "1" where 10 and 11 exist). */
  typed: string
}

export function startEntry(fields: PaperField[]): EntryState {
  return { index: 0, values: Object.fromEntries(fields.map((f) => [f.key, f.kind === 'multi' ? [] : null])), typed: '' }
}

/** Criteria of the feedback element are asked only after a yes to the feedback question. */
export function isAsked(field: PaperField, values: Record<string, FieldValue>): boolean {
  return !field.onlyIfFeedback || values.gaveFeedback === true
}

function next(fields: PaperField[], state: EntryState, values = state.values): EntryState {
  let index = state.index + 1
  while (index < fields.length && !isAsked(fields[index]!, values)) index += 1
  return { index, values, typed: '' }
}

function previous(fields: PaperField[], state: EntryState): EntryState {
  let index = state.index - 1
  while (index > 0 && !isAsked(fields[index]!, state.values)) index -= 1
  return { ...state, index: Math.max(0, index), typed: '' }
}

function toggle(state: EntryState, field: PaperField, value: string): EntryState {
  const chosen = state.values[field.key] as string[]
  const toggled = chosen.includes(value) ? chosen.filter((v) => v !== value) : [...chosen, value]
  if (field.max !== undefined && toggled.length > field.max) return { ...state, typed: '' }
  return { ...state, values: { ...state.values, [field.key]: toggled }, typed: '' }
}

function choose(fields: PaperField[], state: EntryState, field: PaperField, typed: string): EntryState {
  const candidates = field.options.filter((o) => String(o.code).startsWith(typed))
  const exact = candidates.find((o) => String(o.code) === typed)
  if (candidates.length === 0) return state
  if (!exact || candidates.length > 1) return { ...state, typed }
  if (field.kind === 'multi') return toggle(state, field, exact.value as string)
  return next(fields, state, { ...state.values, [field.key]: exact.value })
}

/**
 * One key of the keyboard-only entry: digits pick the option printed with that number and
 * move on (0: no answer), Enter moves on keeping what is there, Backspace goes back. A
 * multiple-choice question toggles options until Enter. `submit`: Enter on the check step.
 */
export function pressKey(fields: PaperField[], state: EntryState, key: string): EntryState | 'submit' {
  const field = fields[state.index]
  if (!field) {
    if (key === 'Enter') return 'submit'
    return key === 'Backspace' ? previous(fields, state) : state
  }
  if (key === 'Backspace') return state.typed ? { ...state, typed: state.typed.slice(0, -1) } : previous(fields, state)
  if (key === 'Enter') {
    if (!state.typed) return next(fields, state)
    const exact = field.options.find((o) => String(o.code) === state.typed)
    if (!exact) return state
    return field.kind === 'multi' ? toggle(state, field, exact.value as string) : next(fields, state, { ...state.values, [field.key]: exact.value })
  }
  if (!/^[0-9]$/.test(key) || field.kind === 'text') return state
  if (key === '0' && !state.typed) {
    if (field.kind === 'multi') return { ...state, values: { ...state.values, [field.key]: [] } }
    return next(fields, state, { ...state.values, [field.key]: null })
  }
  return choose(fields, state, field, state.typed + key)
}

/** The comment (free text) typed into its box. */
export function setText(state: EntryState, key: string, text: string): EntryState {
  return { ...state, values: { ...state.values, [key]: text.trim() === '' ? null : text } }
}

export function moveOn(fields: PaperField[], state: EntryState): EntryState {
  return next(fields, state)
}

/** What is sent: questions not asked (feedback criteria after a no) are left unanswered. */
export function entryAnswers(fields: PaperField[], values: Record<string, FieldValue>): PaperAnswers {
  return valuesToAnswers(Object.fromEntries(fields.map((f) => [f.key, isAsked(f, values) ? (values[f.key] ?? null) : null])))
}
