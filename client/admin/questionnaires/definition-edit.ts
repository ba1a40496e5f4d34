import type { Element, QuestionnaireDefinition } from '../../../shared/questionnaires/definition'
import type { Questionnaire } from '../../../shared/questionnaires/schemas'

const DEFINITION_KEYS = [
  'intro',
  'scale',
  'elements',
  'feedbackQuestion',
  'overall',
  'perceptions',
  'expectations',
  'serviceFields',
  'demographics',
  'comment',
] as const

/** The definition part of an API questionnaire, as `PATCH {definition}` expects it. */
export function definitionOf(q: Questionnaire): QuestionnaireDefinition {
  const definition: Record<string, unknown> = {}
  for (const key of DEFINITION_KEYS) if (q[key] !== undefined) definition[key] = structuredClone(q[key])
  return definition as QuestionnaireDefinition
}

/** A key for a new criterion of `element`, unique in the whole definition (keys identify answers). */
export function newCriterionKey(definition: QuestionnaireDefinition, element: Element): string {
  const used = new Set(definition.elements.flatMap((e) => e.criteria.map((c) => c.key)))
  for (let n = element.criteria.length + 1; ; n++) {
    const key = `${element.key}.new${n}`
    if (!used.has(key)) return key
  }
}

export function updateElement(definition: QuestionnaireDefinition, index: number, change: (element: Element) => Element): QuestionnaireDefinition {
  return { ...definition, elements: definition.elements.map((element, i) => (i === index ? change(element) : element)) }
}
