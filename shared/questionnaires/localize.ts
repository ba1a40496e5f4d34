import { type Language, type LocalizedText, localize } from '../i18n'
import type { QuestionnaireDefinition, SingleChoice } from './definition'

/** The type of `T` with every `{vi, en}` text replaced by a plain string. */
export type Localized<T> = T extends LocalizedText
  ? string
  : T extends readonly (infer U)[]
    ? Localized<U>[]
    : T extends object
      ? { [K in keyof T]: Localized<T[K]> }
      : T

/** Gives the text shown for one of the questionnaire's texts, named by its stable text key (see `docs/languages.md`). */
export type ResolveText = (key: string, source: LocalizedText) => string

/**
 * The questionnaire with each text replaced by `resolve(key, text)`. The keys are built from the
 * elements', criteria's and options' own keys, so they stay the same from one version to the next.
 */
export function localizeWith(definition: QuestionnaireDefinition, resolve: ResolveText): Localized<QuestionnaireDefinition> {
  const choice = (prefix: string, item: SingleChoice) => ({ ...item, label: resolve(prefix, item.label), options: options(prefix, item.options) })
  const options = (prefix: string, list: { key: string; label: LocalizedText }[]) => list.map((o) => ({ ...o, label: resolve(`${prefix}.${o.key}`, o.label) }))
  const scale = (prefix: string, points: QuestionnaireDefinition['scale']) => points.map((p) => ({ ...p, label: resolve(`${prefix}.${p.value}`, p.label) }))
  const { feedbackQuestion, overall, expectations, serviceFields, comment, ...plain } = definition
  return {
    ...plain,
    intro: resolve('intro', definition.intro),
    scale: scale('scale', definition.scale),
    elements: definition.elements.map((element) => ({
      ...element,
      label: resolve(`element.${element.key}`, element.label),
      criteria: element.criteria.map(({ levels, ...criterion }) => ({
        ...criterion,
        label: resolve(`criterion.${criterion.key}`, criterion.label),
        ...(levels && { levels: levels.map((level, i) => resolve(`criterion.${criterion.key}.level.${i + 1}`, level)) }),
      })),
    })),
    ...(feedbackQuestion && { feedbackQuestion: resolve('feedback', feedbackQuestion) }),
    ...(overall && { overall: { ...overall, label: resolve('overall', overall.label), scale: scale('overall.scale', overall.scale) } }),
    perceptions: definition.perceptions.map((item) => choice(`perception.${item.key}`, item)),
    ...(expectations && {
      expectations: { ...expectations, label: resolve('expectations', expectations.label), options: options('expectations', expectations.options) },
    }),
    ...(serviceFields && {
      serviceFields: { ...serviceFields, label: resolve('serviceFields', serviceFields.label), options: options('serviceFields', serviceFields.options) },
    }),
    demographics: definition.demographics.map((item) => choice(`demographic.${item.key}`, item)),
    ...(comment && { comment: { ...comment, label: resolve('comment', comment.label), hint: resolve('comment.hint', comment.hint) } }),
  }
}

/** The questionnaire as a respondent sees it: every text in one of the built-in languages. */
export function localizeDefinition(definition: QuestionnaireDefinition, lang: Language): Localized<QuestionnaireDefinition> {
  return localizeWith(definition, (_key, text) => localize(text, lang))
}
