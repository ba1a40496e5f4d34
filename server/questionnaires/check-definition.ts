import type { QuestionnaireDefinition } from '../../shared/questionnaires/definition'
import { type FieldProblems, problem } from '../http/errors'

/**
 * What the zod schema cannot say: keys unique where answers are stored by key, scale values
 * distinct, satisfied values on the overall scale, a reachable expectation limit, one level
 * text per scale point.
 * Field names are paths under `definition`.
 */
export function definitionProblems(definition: QuestionnaireDefinition): FieldProblems {
  const problems: FieldProblems = {}
  const unique = (keys: { key: string; path: string }[]) => {
    const seen = new Set<string>()
    for (const { key, path } of keys) {
      if (seen.has(key)) problems[`definition.${path}`] ??= problem('listed_twice', `duplicate key "${key}"`)
      seen.add(key)
    }
  }
  // Elements and criteria share one namespace: answers are stored by criterion key.
  unique(
    definition.elements.flatMap((element, e) => [
      { key: element.key, path: `elements.${e}.key` },
      ...element.criteria.map((criterion, k) => ({ key: criterion.key, path: `elements.${e}.criteria.${k}.key` })),
    ]),
  )
  const options = (path: string, list: { key: string }[] | undefined) => unique((list ?? []).map((o, i) => ({ key: o.key, path: `${path}.${i}.key` })))
  options('expectations.options', definition.expectations?.options)
  options('serviceFields.options', definition.serviceFields?.options)
  unique(definition.perceptions.map((p, i) => ({ key: p.key, path: `perceptions.${i}.key` })))
  definition.perceptions.forEach((p, i) => options(`perceptions.${i}.options`, p.options))
  unique(definition.demographics.map((d, i) => ({ key: d.key, path: `demographics.${i}.key` })))
  definition.demographics.forEach((d, i) => options(`demographics.${i}.options`, d.options))

  const distinctValues = (path: string, scale: { value: number }[]) => {
    if (new Set(scale.map((p) => p.value)).size !== scale.length) problems[`definition.${path}`] = problem('listed_twice', 'scale values must be distinct')
  }
  distinctValues('scale', definition.scale)
  definition.elements.forEach((element, e) =>
    element.criteria.forEach((criterion, k) => {
      if (criterion.levels && criterion.levels.length !== definition.scale.length) {
        problems[`definition.elements.${e}.criteria.${k}.levels`] = problem('invalid_value', `must have one text per scale point (${definition.scale.length})`)
      }
    }),
  )
  if (definition.overall) {
    distinctValues('overall.scale', definition.overall.scale)
    const values = new Set(definition.overall.scale.map((p) => p.value))
    if (!definition.overall.satisfiedValues.every((v) => values.has(v))) {
      problems['definition.overall.satisfiedValues'] = problem('invalid_value', 'must be values of the overall scale')
    }
  }
  if (definition.expectations && definition.expectations.max > definition.expectations.options.length) {
    problems['definition.expectations.max'] = problem('too_big', 'cannot be more than the number of options', definition.expectations.options.length)
  }
  if (definition.elements.some((e) => e.onlyIf === 'gaveFeedback') && !definition.feedbackQuestion) {
    problems['definition.feedbackQuestion'] = problem('required', 'is required when an element is answered only after feedback')
  }
  return problems
}
