import type { PublicSurvey } from '../../shared/surveys/public-survey'
import { type AnswerState, type Step, setAnswer, toggleExpectation } from './answers'
import { AboutQuestions, ChoiceQuestion, CriterionQuestion, ExpectationsQuestion, FeedbackQuestion, ScaleQuestion } from './questions'
import { useSurveyT } from './survey-context'

/** One screen of the kiosk's questions (and of an interview, client/field/Interview.tsx); with `autoRead`, its first question is read aloud as it comes on screen. */
export function StepView({
  step,
  survey,
  state,
  update,
}: {
  step: Step
  survey: Pick<PublicSurvey, 'questionnaire' | 'readAloud'>
  state: AnswerState
  update: (next: AnswerState) => void
}) {
  const t = useSurveyT()
  const q = survey.questionnaire
  const autoRead = survey.readAloud
  switch (step.kind) {
    case 'element':
      return (
        <>
          <h1 tabIndex={-1}>
            {step.element.label}
            {step.parts > 1 && <span class="part"> {t('part', { part: step.part, parts: step.parts })}</span>}
          </h1>
          {step.criteria.map((criterion, i) => (
            <CriterionQuestion
              key={criterion.key}
              criterion={criterion}
              autoRead={autoRead && i === 0}
              scale={q.scale}
              value={state.answers[criterion.key]}
              onChange={(value) => update(setAnswer(state, criterion.key, value))}
            />
          ))}
        </>
      )
    case 'feedback':
      return (
        <div class="solo">
          <FeedbackQuestion
            legend={q.feedbackQuestion!}
            autoRead={autoRead}
            value={state.gaveFeedback}
            onChange={(gaveFeedback) => update({ ...state, gaveFeedback })}
          />
        </div>
      )
    case 'overall':
      return (
        <div class="solo">
          <ScaleQuestion
            name="overall"
            legend={q.overall!.label}
            textKey="overall"
            scaleKey="overall.scale"
            autoRead={autoRead}
            scale={q.overall!.scale}
            satisfiedValues={q.overall!.satisfiedValues}
            value={state.overall}
            onChange={(overall) => update({ ...state, overall })}
          />
        </div>
      )
    case 'expectations':
      return (
        <div class="solo">
          <ExpectationsQuestion
            expectations={q.expectations!}
            autoRead={autoRead}
            chosen={state.expectations}
            onToggle={(key) => update(toggleExpectation(state, key, q.expectations!.max))}
          />
        </div>
      )
    case 'perceptions':
      return (
        <>
          <h1 tabIndex={-1}>{t('perceptions')}</h1>
          {step.items.map((item, i) => (
            <ChoiceQuestion
              key={item.key}
              name={`perception-${item.key}`}
              legend={item.label}
              textKey={`perception.${item.key}`}
              autoRead={autoRead && i === 0}
              options={item.options}
              value={state.perceptions[item.key]}
              onChange={(key) => update({ ...state, perceptions: { ...state.perceptions, [item.key]: key } })}
            />
          ))}
        </>
      )
    case 'about':
      return (
        <>
          <h1 tabIndex={-1}>{t('about')}</h1>
          <p class="hint">{t('aboutHint')}</p>
          <AboutQuestions
            questionnaire={{
              ...q,
              serviceFields: step.serviceField ? q.serviceFields : undefined,
              demographics: step.demographics,
              comment: step.comment ? q.comment : undefined,
            }}
            state={state}
            update={update}
          />
        </>
      )
  }
}
