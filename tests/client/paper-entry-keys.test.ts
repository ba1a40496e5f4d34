import { describe, expect, it } from 'vitest'
import { type EntryState, entryAnswers, pressKey, startEntry } from '../../client/admin/entry/entry-keys'
import { paperFields } from '../../shared/paper/fields'
import { sipas2017 } from '../../shared/questionnaires/templates/sipas2017'

const press = (fields: ReturnType<typeof paperFields>, keys: string[], state = startEntry(fields)) => {
  let current: EntryState | 'submit' = state
  for (const key of keys) {
    if (current === 'submit') throw new Error(`key ${key} after submit`)
    current = pressKey(fields, current, key)
  }
  return current
}

// SIPAS 2017 cut short: two criteria of the civil servant, one of feedback, the gender only
const { elements, demographics } = sipas2017.definition
const small = {
  ...sipas2017.definition,
  elements: [
    { ...elements[2]!, criteria: elements[2]!.criteria.slice(0, 2) },
    { ...elements[4]!, criteria: elements[4]!.criteria.slice(0, 1) },
  ],
  demographics: demographics.slice(0, 1),
}

describe('keyboard-only entry of a paper form', () => {
  const fields = paperFields(small)

  it('walks the small form: digits answer and move on, 0 is no answer, a no to feedback skips its criteria', () => {
    // staff.polite, staff.listened, gaveFeedback (2: no), overall, expectations (1, 3, Enter), service field, gender, comment (Enter)
    const state = press(fields, ['4', '0', '2', '5', '1', '3', 'Enter', '2', '2'])
    expect(state).not.toBe('submit')
    const { index, values } = state as EntryState
    expect(fields[index]!.key).toBe('comment')
    expect(entryAnswers(fields, values)).toEqual({
      answers: { 'staff.polite': 4, 'staff.listened': null, 'feedback.channel_provided': null },
      gaveFeedback: false,
      overall: 5,
      expectations: ['facilities', 'simpler_procedures'],
      perceptions: {},
      demographics: { gender: 'female' },
      serviceField: 'construction',
      comment: null,
    })
    expect(press(fields, ['Enter', 'Enter'], state as EntryState)).toBe('submit')
  })

  it('asks the feedback criteria after a yes, and Backspace goes back to change an answer', () => {
    const state = press(fields, ['4', '4', '1', '3', 'Backspace', '2']) as EntryState
    expect(state.values['answers.feedback.channel_provided']).toBe(2)
    expect(fields[state.index]!.key).toBe('overall')
  })

  it('waits for a second digit where a number starts a longer one, and ignores numbers no box has', () => {
    const full = paperFields(sipas2017.definition)
    const service = full.findIndex((f) => f.key === 'serviceField')
    const at: EntryState = { ...startEntry(full), index: service }
    const one = pressKey(full, at, '1') as EntryState
    expect(one).toMatchObject({ index: service, typed: '1' })
    expect(pressKey(full, one, '1')).toMatchObject({ index: service + 1, values: { serviceField: 'other' } })
    expect(pressKey(full, one, 'Enter')).toMatchObject({ index: service + 1, values: { serviceField: 'land' } })
    expect(pressKey(full, one, '7')).toBe(one)
    expect(pressKey(full, at, '9')).toMatchObject({ index: service + 1, values: { serviceField: 'health' } })
  })

  it('toggles up to the maximum of a multiple choice', () => {
    const full = paperFields(sipas2017.definition)
    const expectations = full.findIndex((f) => f.key === 'expectations')
    const state = press(full, ['1', '2', '3', '4', '2'], { ...startEntry(full), index: expectations }) as EntryState
    expect(state.values.expectations).toEqual(['facilities', 'simpler_procedures'])
    expect(state.index).toBe(expectations)
  })
})
