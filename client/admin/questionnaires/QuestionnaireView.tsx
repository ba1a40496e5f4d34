import { localize } from '../../../shared/languages'
import type { SingleChoice } from '../../../shared/questionnaires/definition'
import type { Questionnaire } from '../../../shared/questionnaires/schemas'
import { useLanguage } from '../../i18n/language'
import { useT } from '../../i18n/translate'
import { questionnaireMessages } from './messages'

/** The questions of a version, read-only, in the chosen language. */
export function QuestionnaireView({ questionnaire: q }: { questionnaire: Questionnaire }) {
  const t = useT(questionnaireMessages)
  const lang = useLanguage()
  const text = (value: { vi: string; en: string }) => localize(value, lang)
  const choices = (items: SingleChoice[]) => (
    <ul>
      {items.map((item) => (
        <li key={item.key}>
          {text(item.label)} <small class="muted">({item.options.map((o) => text(o.label)).join(' · ')})</small>
        </li>
      ))}
    </ul>
  )
  return (
    <div class="questionnaire">
      <section class="card">
        <h2>{t('introText')}</h2>
        <p class="prewrap">{text(q.intro)}</p>
        <h3>{t('scale')}</h3>
        <ol class="scale">
          {q.scale.map((point) => (
            <li key={point.value}>
              <strong>{point.value}</strong> {text(point.label)}
            </li>
          ))}
        </ol>
      </section>
      <section class="card">
        <h2>{t('elements')}</h2>
        {q.elements.map((element, i) => (
          <div key={element.key} class="element">
            <h3>
              {i + 1}. {text(element.label)}
            </h3>
            {element.onlyIf === 'gaveFeedback' && (
              <p class="muted small">
                {t('onlyIfFeedback')}
                {q.feedbackQuestion && ` — ${text(q.feedbackQuestion)}`}
              </p>
            )}
            <ol>
              {element.criteria.map((criterion) => (
                <li key={criterion.key}>
                  {text(criterion.label)} <code class="muted">{criterion.key}</code>
                </li>
              ))}
            </ol>
          </div>
        ))}
      </section>
      {q.overall && (
        <section class="card">
          <h2>{t('overall')}</h2>
          <p>{text(q.overall.label)}</p>
          <p class="muted small">{q.overall.scale.map((p) => `${p.value}: ${text(p.label)}`).join(' · ')}</p>
        </section>
      )}
      {q.perceptions.length > 0 && (
        <section class="card">
          <h2>{t('perceptions')}</h2>
          {choices(q.perceptions)}
        </section>
      )}
      {q.expectations && (
        <section class="card">
          <h2>{t('expectations', { max: q.expectations.max })}</h2>
          <p>{text(q.expectations.label)}</p>
          <ul>
            {q.expectations.options.map((option) => (
              <li key={option.key}>{text(option.label)}</li>
            ))}
          </ul>
        </section>
      )}
      {q.serviceFields && (
        <section class="card">
          <h2>{t('serviceFields')}</h2>
          <p>{text(q.serviceFields.label)}</p>
          <p class="muted small">{q.serviceFields.options.map((o) => text(o.label)).join(' · ')}</p>
        </section>
      )}
      {q.demographics.length > 0 && (
        <section class="card">
          <h2>{t('demographics')}</h2>
          {choices(q.demographics)}
        </section>
      )}
      {q.comment && (
        <section class="card">
          <h2>{t('comment')}</h2>
          <p>{text(q.comment.label)}</p>
        </section>
      )}
    </div>
  )
}
