import { describe, expect, it } from 'vitest'
import {
  buildSubmission,
  emptyAnswers,
  isStepShown,
  kioskSteps,
  newClientId,
  ONE_QUESTION_A_STEP,
  type Questionnaire,
  type ScreenFit,
  setAnswer,
  toggleExpectation,
  unansweredOnStep,
} from '../../client/survey/answers'
import { surveyPage } from '../../client/survey/page'
import { facePosition } from '../../client/survey/questions'
import { localizeDefinition } from '../../shared/questionnaires/localize'
import { responseSubmissionSchema } from '../../shared/responses/submission'
import { smallSipasDefinition } from '../helpers/fixtures'

const questionnaire: Questionnaire = { ...localizeDefinition(smallSipasDefinition, 'vi'), id: 1, kind: 'sipas2017', scoring: 'share45', version: 1 }
const meta = { clientId: '0b7f4a8e-3c1d-4e5f-9a6b-7c8d9e0f1a2b', answeredAt: '2026-11-22T09:30:00.000Z' }

/** A screen of `room` px where every question takes 1 px unless `heights` says otherwise, and headings none. */
const screenOf = (room: number, heights: Record<string, number> = {}): ScreenFit => ({
  room,
  height: (key) => heights[key] ?? (key.startsWith('element.') || key.startsWith('app.') ? 0 : 1),
  most: Number.POSITIVE_INFINITY,
})

describe('kiosk steps', () => {
  const name = (step: ReturnType<typeof kioskSteps>[number]) => (step.kind === 'element' ? `${step.element.key} ${step.part}/${step.parts}` : step.kind)

  it('asks the feedback question before the element behind it, and shows that element only after a yes, without changing the step count', () => {
    const steps = kioskSteps(questionnaire, screenOf(8))
    expect(steps.map(name)).toEqual(['staff 1/1', 'feedback', 'feedback 1/1', 'overall', 'expectations', 'about'])
    const shown = (state = emptyAnswers()) => steps.filter((step) => isStepShown(step, state)).map(name)
    expect(shown({ ...emptyAnswers(), gaveFeedback: false })).toEqual(['staff 1/1', 'feedback', 'overall', 'expectations', 'about'])
    expect(shown({ ...emptyAnswers(), gaveFeedback: true })).toEqual(['staff 1/1', 'feedback', 'feedback 1/1', 'overall', 'expectations', 'about'])
  })

  const keys = 'abcdefg'.split('').map((letter) => ({ key: `long.${letter}`, label: letter }))
  const long: Questionnaire = { ...questionnaire, feedbackQuestion: undefined, elements: [{ key: 'long', label: 'Long', criteria: keys }] }
  const parts = (fit: ScreenFit) =>
    kioskSteps(long, fit)
      .filter((step) => step.kind === 'element')
      .map((step) => step.criteria.map((c) => c.key.slice(5)).join(''))

  it('splits an element that does not fit the screen into the fewest even parts that do, in order', () => {
    const steps = kioskSteps(long, screenOf(3)).filter((step) => step.kind === 'element')
    expect(steps.map((step) => step.criteria.map((c) => c.key.slice(5)).join(''))).toEqual(['abc', 'de', 'fg'])
    expect(steps.map((step) => `${step.part}/${step.parts}`)).toEqual(['1/3', '2/3', '3/3'])
    expect(parts(screenOf(7))).toEqual(['abcdefg'])
  })

  it('splits by the height each question and the heading take on the screen (long texts wrap), not by their count', () => {
    // a criterion whose text wraps to three lines, and the element's heading taking a row
    expect(parts(screenOf(7, { 'criterion.long.b': 3 }))).toEqual(['abcd', 'efg'])
    expect(parts(screenOf(7, { 'element.long': 1 }))).toEqual(['abcd', 'efg'])
    expect(parts(screenOf(4, { 'criterion.long.a': 2, 'criterion.long.e': 2 }))).toEqual(['abc', 'de', 'fg'])
    // a question taller than the screen still gets a step of its own
    expect(parts(screenOf(2, { 'criterion.long.c': 5 }))).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g'])
    // A++ and interviews: one question a step, whatever the room
    expect(parts({ ...screenOf(100), most: 1 })).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g'])
    expect(parts(ONE_QUESTION_A_STEP)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g'])
  })

  it('packs the optional questions in order into screens of the height available', () => {
    const withAbout: Questionnaire = {
      ...questionnaire,
      demographics: ['gender', 'age', 'job'].map((key, i) => ({
        key,
        label: key,
        options: Array.from({ length: [2, 5, 8][i]! }, (_, j) => ({ key: `o${j}`, label: `o${j}` })),
      })),
    }
    // gender and age take a row each, the 8 jobs two, the comment two
    const about = kioskSteps(withAbout, screenOf(3, { 'demographic.job': 2, comment: 2 })).filter((step) => step.kind === 'about')
    expect(about.map((step) => [...step.demographics.map((item) => item.key), ...(step.comment ? ['comment'] : [])])).toEqual([
      ['gender', 'age'],
      ['job'],
      ['comment'],
    ])
  })

  it('counts the questions of a step not touched yet, "no answer" counting as answered', () => {
    const [staff, feedback] = kioskSteps(questionnaire, screenOf(8))
    let state = emptyAnswers()
    expect(unansweredOnStep(staff!, state)).toEqual(['staff.polite', 'staff.listened'])
    state = setAnswer(setAnswer(state, 'staff.polite', 4), 'staff.listened', null)
    expect(unansweredOnStep(staff!, state)).toEqual([])
    expect(unansweredOnStep(feedback!, state)).toEqual(['gaveFeedback'])
  })

  it('has only criteria and the overall rating for a questionnaire without the optional parts', () => {
    const quick: Questionnaire = {
      ...questionnaire,
      feedbackQuestion: undefined,
      expectations: undefined,
      serviceFields: undefined,
      demographics: [],
      comment: undefined,
      elements: [questionnaire.elements[0]!],
    }
    expect(kioskSteps(quick, screenOf(8)).map((step) => step.kind)).toEqual(['element', 'overall'])
  })
})

describe('answers', () => {
  it('refuses an expectation beyond the limit and lets one be taken back', () => {
    let state = emptyAnswers()
    for (const key of ['faster', 'online', 'signs']) state = toggleExpectation(state, key, 2)
    expect(state.expectations).toEqual(['faster', 'online'])
    state = toggleExpectation(state, 'faster', 2)
    state = toggleExpectation(state, 'signs', 2)
    expect(state.expectations).toEqual(['online', 'signs'])
  })

  it('sends every criterion shown, unanswered ones as null, and nothing behind a "no" to the feedback question', () => {
    let state = setAnswer(emptyAnswers(), 'staff.polite', 5)
    state = setAnswer(state, 'feedback.easy', 2) // answered, then the citizen went back and said "no"
    state = { ...state, gaveFeedback: false, overall: 4, comment: '   ' }
    const submission = buildSubmission(questionnaire, state, meta)
    expect(submission).toEqual({
      ...meta,
      answers: { 'staff.polite': 5, 'staff.listened': null },
      overall: 4,
      gaveFeedback: false,
      expectations: [],
      perceptions: {},
      demographics: {},
      serviceField: null,
      comment: null,
    })
    expect(responseSubmissionSchema.safeParse(submission).success).toBe(true)
  })

  it('keeps the feedback element after a yes, drops "no answer" choices and sends the receipt code', () => {
    let state = setAnswer(emptyAnswers(), 'feedback.easy', null)
    state = { ...state, gaveFeedback: true, demographics: { gender: 'female', age: null }, serviceField: 'land', comment: ' Nhanh hơn nữa ' }
    const submission = buildSubmission(questionnaire, state, { ...meta, receiptCode: 'RC-42' })
    expect(submission.answers).toEqual({ 'staff.polite': null, 'staff.listened': null, 'feedback.easy': null })
    expect(submission.demographics).toEqual({ gender: 'female' })
    expect(submission.serviceField).toBe('land')
    expect(submission.comment).toBe('Nhanh hơn nữa')
    expect(submission.receiptCode).toBe('RC-42')
    expect(submission.overall).toBeNull()
  })

  it('makes version 4 UUIDs the server accepts, different every time', () => {
    const ids = new Set(Array.from({ length: 50 }, newClientId))
    expect(ids.size).toBe(50)
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })
})

describe('survey page address', () => {
  it('tells a kiosk from a phone and reads the receipt code', () => {
    expect(surveyPage({ pathname: '/k/AbC_12', search: '' })).toEqual({ mode: 'kiosk', code: 'AbC_12', receiptCode: undefined, preview: false })
    expect(surveyPage({ pathname: '/s/xyz/', search: '?r=%20RC-9%20' })).toEqual({ mode: 'phone', code: 'xyz', receiptCode: 'RC-9', preview: false })
    expect(surveyPage({ pathname: '/k/xyz', search: '?preview=1' })?.preview).toBe(true)
    expect(surveyPage({ pathname: '/s/xyz', search: '?r=' })?.receiptCode).toBeUndefined()
    expect(surveyPage({ pathname: '/admin', search: '' })).toBeNull()
  })
})

describe('faces', () => {
  it('draws a point counted as satisfied smiling, even in the middle of a 3-level overall scale', () => {
    // one-stop overall: Không hài lòng / Hài lòng / Rất hài lòng, satisfied = 2 and 3
    expect([0, 1, 2].map((index) => facePosition(index, 3, index > 0))).toEqual([0, 0.75, 1])
    // a 0–2 points criterion has no satisfied values: "Đạt một phần" stays neutral
    expect([0, 1, 2].map((index) => facePosition(index, 3, false))).toEqual([0, 0.5, 1])
    // the SIPAS 5-point scale is unchanged
    expect([0, 1, 2, 3, 4].map((index) => facePosition(index, 5, index >= 3))).toEqual([0, 0.25, 0.5, 0.75, 1])
  })
})
