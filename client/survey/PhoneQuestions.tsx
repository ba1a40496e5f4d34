import { Fragment } from 'preact'
import { type AnswerState, isElementShown, type Questionnaire, setAnswer, toggleExpectation } from './answers'
import { AboutQuestions, ChoiceQuestion, CriterionQuestion, ExpectationsQuestion, FeedbackQuestion, ScaleQuestion } from './questions'
import { useSurveyT } from './survey-context'

/** The phone's questions, all on one scrolling form: elements (the feedback filter before the first behind it), overall, expectations, perceptions, about you. */
export function PhoneQuestions({ questionnaire: q, state, update }: { questionnaire: Questionnaire; state: AnswerState; update: (next: AnswerState) => void }) {
  const t = useSurveyT()
  let feedbackAsked = false
  return (
    <>
      {q.elements.map((element) => {
        const askFeedback = element.onlyIf === 'gaveFeedback' && !feedbackAsked && q.feedbackQuestion
        if (askFeedback) feedbackAsked = true
        return (
          <Fragment key={element.key}>
            {askFeedback && (
              <FeedbackQuestion legend={q.feedbackQuestion!} value={state.gaveFeedback} onChange={(gaveFeedback) => update({ ...state, gaveFeedback })} />
            )}
            {isElementShown(element, state) && (
              <section class="element" aria-labelledby={`element-${element.key}`}>
                <h2 id={`element-${element.key}`}>{element.label}</h2>
                {element.criteria.map((criterion) => (
                  <CriterionQuestion
                    key={criterion.key}
                    criterion={criterion}
                    scale={q.scale}
                    value={state.answers[criterion.key]}
                    onChange={(value) => update(setAnswer(state, criterion.key, value))}
                  />
                ))}
              </section>
            )}
          </Fragment>
        )
      })}
      {q.overall && (
        <ScaleQuestion
          name="overall"
          legend={q.overall.label}
          textKey="overall"
          scaleKey="overall.scale"
          scale={q.overall.scale}
          satisfiedValues={q.overall.satisfiedValues}
          value={state.overall}
          onChange={(overall) => update({ ...state, overall })}
        />
      )}
      {q.expectations && (
        <ExpectationsQuestion
          expectations={q.expectations}
          chosen={state.expectations}
          onToggle={(key) => update(toggleExpectation(state, key, q.expectations!.max))}
        />
      )}
      {q.perceptions.length > 0 && (
        <section class="element" aria-labelledby="perceptions">
          <h2 id="perceptions">{t('perceptions')}</h2>
          {q.perceptions.map((item) => (
            <ChoiceQuestion
              key={item.key}
              name={`perception-${item.key}`}
              legend={item.label}
              textKey={`perception.${item.key}`}
              options={item.options}
              value={state.perceptions[item.key]}
              onChange={(key) => update({ ...state, perceptions: { ...state.perceptions, [item.key]: key } })}
            />
          ))}
        </section>
      )}
      {(q.serviceFields || q.demographics.length > 0 || q.comment) && (
        <section class="element" aria-labelledby="about">
          <h2 id="about">{t('about')}</h2>
          <AboutQuestions questionnaire={q} state={state} update={update} />
        </section>
      )}
    </>
  )
}
