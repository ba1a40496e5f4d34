import { useState } from 'preact/hooks'
import { endpoints } from '../../../shared/api/endpoints'
import type { LocalizedText } from '../../../shared/i18n'
import type { QuestionnaireDefinition } from '../../../shared/questionnaires/definition'
import type { Questionnaire } from '../../../shared/questionnaires/schemas'
import { call } from '../../api/client'
import { useT } from '../../i18n/translate'
import { adminMessages } from '../messages'
import { Alert } from '../ui/Alert'
import { Field } from '../ui/Field'
import { useSubmit } from '../ui/use-submit'
import { definitionOf, newCriterionKey, updateElement } from './definition-edit'
import { questionnaireMessages } from './messages'

interface TextFieldsProps {
  path: string
  label: string
  value: LocalizedText
  onChange: (value: LocalizedText) => void
  errors: Record<string, string>
  multiline?: boolean
}

/** The Vietnamese and English texts of one label, side by side. */
function TextFields({ path, label, value, onChange, errors, multiline }: TextFieldsProps) {
  const t = useT(questionnaireMessages)
  const id = path.replace(/\./g, '-')
  return (
    <fieldset class="text-pair">
      <legend>{label}</legend>
      {(['vi', 'en'] as const).map((lang) => (
        <Field key={lang} id={`${id}-${lang}`} label={t(lang)} error={errors[`definition.${path}.${lang}`]}>
          {multiline ? (
            <textarea rows={3} value={value[lang]} onInput={(e) => onChange({ ...value, [lang]: e.currentTarget.value })} />
          ) : (
            <input value={value[lang]} onInput={(e) => onChange({ ...value, [lang]: e.currentTarget.value })} />
          )}
        </Field>
      ))}
    </fieldset>
  )
}

/** Edits the texts and criteria of a draft, then saves it whole with `PATCH`. */
export function QuestionnaireEditor({ questionnaire, onSaved, onCancel }: { questionnaire: Questionnaire; onSaved: () => void; onCancel: () => void }) {
  const t = useT(questionnaireMessages)
  const common = useT(adminMessages)
  const submit = useSubmit()
  const [name, setName] = useState(questionnaire.name)
  const [definition, setDefinition] = useState<QuestionnaireDefinition>(() => definitionOf(questionnaire))
  const errors = submit.fields

  const onSubmit = async (event: Event) => {
    event.preventDefault()
    if (await submit.run(() => call(endpoints.questionnaires.update, { params: { id: questionnaire.id }, body: { name, definition } }))) onSaved()
  }

  return (
    <form class="questionnaire-editor" onSubmit={onSubmit} noValidate>
      {submit.error && <Alert>{submit.error}</Alert>}
      <section class="card">
        <Field id="questionnaire-name" label={t('name')} error={errors.name}>
          <input value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </Field>
        <TextFields
          path="intro"
          label={t('introText')}
          value={definition.intro}
          errors={errors}
          multiline
          onChange={(intro) => setDefinition({ ...definition, intro })}
        />
      </section>
      <section class="card">
        <h2>{t('elements')}</h2>
        {errors['definition.elements'] && <Alert>{errors['definition.elements']}</Alert>}
        {definition.elements.map((element, i) => (
          <div key={element.key} class="element">
            <TextFields
              path={`elements.${i}.label`}
              label={t('element', { n: i + 1 })}
              value={element.label}
              errors={errors}
              onChange={(label) => setDefinition(updateElement(definition, i, (e) => ({ ...e, label })))}
            />
            <ol class="criteria-edit">
              {element.criteria.map((criterion, j) => (
                <li key={criterion.key}>
                  <TextFields
                    path={`elements.${i}.criteria.${j}.label`}
                    label={t('criterion', { key: criterion.key })}
                    value={criterion.label}
                    errors={errors}
                    onChange={(label) =>
                      setDefinition(updateElement(definition, i, (e) => ({ ...e, criteria: e.criteria.map((c, k) => (k === j ? { ...c, label } : c)) })))
                    }
                  />
                  <button
                    type="button"
                    class="button small danger"
                    disabled={element.criteria.length === 1}
                    onClick={() => setDefinition(updateElement(definition, i, (e) => ({ ...e, criteria: e.criteria.filter((_, k) => k !== j) })))}
                  >
                    {t('removeCriterion')}
                  </button>
                </li>
              ))}
            </ol>
            <button
              type="button"
              class="button small"
              onClick={() =>
                setDefinition(
                  updateElement(definition, i, (e) => ({
                    ...e,
                    criteria: [...e.criteria, { key: newCriterionKey(definition, e), label: { vi: t('newCriterion'), en: '' } }],
                  })),
                )
              }
            >
              {t('addCriterion')}
            </button>
          </div>
        ))}
      </section>
      {definition.expectations && (
        <section class="card">
          <h2>{t('expectations', { max: definition.expectations.max })}</h2>
          {definition.expectations.options.map((option, i) => (
            <TextFields
              key={option.key}
              path={`expectations.options.${i}.label`}
              label={t('option', { key: option.key })}
              value={option.label}
              errors={errors}
              onChange={(label) =>
                setDefinition({
                  ...definition,
                  expectations: { ...definition.expectations!, options: definition.expectations!.options.map((o, k) => (k === i ? { ...o, label } : o)) },
                })
              }
            />
          ))}
        </section>
      )}
      <div class="actions sticky-actions">
        <button type="submit" class="button primary" disabled={submit.busy}>
          {t('saveDraft')}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          {common('common.cancel')}
        </button>
      </div>
    </form>
  )
}
