import type { ComponentChildren } from 'preact'
import type { AnswerState, ChoiceItem, Questionnaire } from './answers'
import { WantsReplyField } from './FollowUp'
import { Speaker } from './Speaker'
import { useSurveyT } from './survey-context'

/** Red → green, whatever the length of the scale (5 points, or 0–2 points, or a 3-level overall). */
const FACE_COLOURS = ['#e05a4f', '#f0924a', '#f2c94c', '#9ccc65', '#4caf6e']

function Face({ position }: { position: number }) {
  const colour = FACE_COLOURS[Math.round(position * (FACE_COLOURS.length - 1))]
  const curve = (position - 0.5) * 2
  const mouthY = 42 - curve * 3
  return (
    <svg class="face" viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <circle cx="32" cy="32" r="30" fill={colour} stroke="#1d2433" stroke-opacity="0.25" stroke-width="2" />
      <circle cx="22" cy="26" r="4" fill="#1d2433" />
      <circle cx="42" cy="26" r="4" fill="#1d2433" />
      <path d={`M19 ${mouthY} Q32 ${mouthY + curve * 14} 45 ${mouthY}`} stroke="#1d2433" stroke-width="4" fill="none" stroke-linecap="round" />
    </svg>
  )
}

function Option(props: {
  name: string
  value: string
  checked: boolean
  onSelect: () => void
  children: ComponentChildren
  class?: string
  type?: 'radio' | 'checkbox'
  disabled?: boolean
}) {
  return (
    <label class={`option ${props.class ?? ''}${props.checked ? ' checked' : ''}${props.disabled ? ' disabled' : ''}`}>
      <input type={props.type ?? 'radio'} name={props.name} value={props.value} checked={props.checked} disabled={props.disabled} onChange={props.onSelect} />
      {props.children}
    </label>
  )
}

/**
 * Where a point sits between the saddest and the happiest face: its place on the scale, but a
 * point counted as satisfied always smiles (on a 3-level overall, "Hài lòng" is not neutral).
 */
export function facePosition(index: number, length: number, satisfied: boolean): number {
  const position = index / Math.max(1, length - 1)
  return satisfied ? Math.max(position, 0.75) : position
}

/**
 * A criterion (or the overall rating): the scale as faces with their words (and what each point
 * means for this criterion, when it says), then "no answer". Native radios in a fieldset, so
 * keyboards and screen readers get a real radio group. The chosen option is marked the same way
 * whichever it is (a thick outline and a tick, the same neutral fill), so nothing tells the desk
 * its value from afar.
 */
export function ScaleQuestion(props: {
  name: string
  legend: string
  /** The question's text key (`criterion.<key>`, `overall`); its points are `<scaleKey>.<value>` or, with levels, `<textKey>.level.<n>`. */
  textKey: string
  scaleKey: string
  autoRead?: boolean | undefined
  scale: Questionnaire['scale']
  levels?: string[] | undefined
  satisfiedValues?: number[] | undefined
  value: number | null | undefined
  onChange: (value: number | null) => void
}) {
  const t = useSurveyT()
  const spoken = [
    { key: props.textKey, text: props.legend },
    ...props.scale.map((point, index) =>
      props.levels?.[index]
        ? { key: `${props.textKey}.level.${index + 1}`, text: props.levels[index]! }
        : { key: `${props.scaleKey}.${point.value}`, text: point.label },
    ),
    { key: 'app.noAnswer', text: t('noAnswer') },
  ]
  return (
    <fieldset class="question scale">
      <legend tabIndex={-1}>{props.legend}</legend>
      <Speaker texts={spoken} autoPlay={props.autoRead} />
      <div class="options">
        {props.scale.map((point, index) => (
          <Option
            key={point.value}
            name={props.name}
            value={String(point.value)}
            checked={props.value === point.value}
            onSelect={() => props.onChange(point.value)}
            class="face-option"
          >
            <Face position={facePosition(index, props.scale.length, props.satisfiedValues?.includes(point.value) ?? false)} />
            {props.levels?.[index] ? (
              <>
                <span class="word">{props.levels[index]}</span>
                <span class="points">{point.label}</span>
              </>
            ) : (
              <span class="word">{point.label}</span>
            )}
          </Option>
        ))}
        <Option name={props.name} value="" checked={props.value === null} onSelect={() => props.onChange(null)} class="face-option no-answer">
          <span class="no-answer-mark" aria-hidden="true">
            –
          </span>
          <span class="word">{t('noAnswer')}</span>
        </Option>
      </div>
    </fieldset>
  )
}

/** A criterion of an element, on the questionnaire's scale (or its own level words). */
export function CriterionQuestion(props: {
  criterion: Questionnaire['elements'][number]['criteria'][number]
  scale: Questionnaire['scale']
  autoRead?: boolean | undefined
  value: number | null | undefined
  onChange: (value: number | null) => void
}) {
  const { criterion } = props
  return (
    <ScaleQuestion
      name={criterion.key}
      legend={criterion.label}
      textKey={`criterion.${criterion.key}`}
      scaleKey="scale"
      autoRead={props.autoRead}
      scale={props.scale}
      levels={criterion.levels}
      value={props.value}
      onChange={props.onChange}
    />
  )
}

/** One choice among options, with "no answer" (which clears it). */
export function ChoiceQuestion(props: {
  name: string
  legend: string
  /** The question's text key; an option's is `<textKey>.<option key>` unless `optionKey` says otherwise. */
  textKey: string
  optionKey?: (key: string) => string
  autoRead?: boolean | undefined
  options: ChoiceItem['options']
  value: string | null | undefined
  onChange: (key: string | null) => void
}) {
  const t = useSurveyT()
  const optionKey = props.optionKey ?? ((key: string) => `${props.textKey}.${key}`)
  const spoken = [
    { key: props.textKey, text: props.legend },
    ...props.options.map((option) => ({ key: optionKey(option.key), text: option.label })),
    { key: 'app.noAnswer', text: t('noAnswer') },
  ]
  return (
    <fieldset class="question choice">
      <legend tabIndex={-1}>{props.legend}</legend>
      <Speaker texts={spoken} autoPlay={props.autoRead} />
      <div class="options">
        {props.options.map((option) => (
          <Option
            key={option.key}
            name={props.name}
            value={option.key}
            checked={props.value === option.key}
            onSelect={() => props.onChange(option.key)}
            class="pill"
          >
            <span>{option.label}</span>
          </Option>
        ))}
        <Option name={props.name} value="" checked={props.value === null} onSelect={() => props.onChange(null)} class="pill no-answer">
          <span>{t('noAnswer')}</span>
        </Option>
      </div>
    </fieldset>
  )
}

export function FeedbackQuestion(props: {
  legend: string
  autoRead?: boolean | undefined
  value: boolean | null | undefined
  onChange: (value: boolean | null) => void
}) {
  const t = useSurveyT()
  const options = [
    { key: 'yes', label: t('yes') },
    { key: 'no', label: t('no') },
  ]
  const current = props.value === undefined ? undefined : props.value === null ? null : props.value ? 'yes' : 'no'
  return (
    <ChoiceQuestion
      name="gaveFeedback"
      legend={props.legend}
      textKey="feedback"
      optionKey={(key) => `app.${key}`}
      autoRead={props.autoRead}
      options={options}
      value={current}
      onChange={(key) => props.onChange(key === null ? null : key === 'yes')}
    />
  )
}

export function ExpectationsQuestion(props: {
  expectations: NonNullable<Questionnaire['expectations']>
  autoRead?: boolean | undefined
  chosen: string[]
  onToggle: (key: string) => void
}) {
  const t = useSurveyT()
  const { label, max, options } = props.expectations
  const full = props.chosen.length >= max
  const spoken = [{ key: 'expectations', text: label }, ...options.map((option) => ({ key: `expectations.${option.key}`, text: option.label }))]
  return (
    <fieldset class="question choice expectations" aria-describedby="expectations-limit">
      <legend tabIndex={-1}>{label}</legend>
      <Speaker texts={spoken} autoPlay={props.autoRead} />
      <p id="expectations-limit" class="hint" aria-live="polite">
        {t('chooseUpTo', { max })} {t('chosen', { count: props.chosen.length, max })}
      </p>
      <div class="options">
        {options.map((option) => {
          const checked = props.chosen.includes(option.key)
          return (
            <Option
              key={option.key}
              type="checkbox"
              name="expectations"
              value={option.key}
              checked={checked}
              disabled={full && !checked}
              onSelect={() => props.onToggle(option.key)}
              class="pill"
            >
              <span>{option.label}</span>
            </Option>
          )
        })}
      </div>
    </fieldset>
  )
}

export function CommentField(props: { comment: NonNullable<Questionnaire['comment']>; value: string; onChange: (value: string) => void }) {
  const t = useSurveyT()
  return (
    <div class="question comment">
      <label for="comment">{props.comment.label}</label>
      <Speaker
        texts={[
          { key: 'comment', text: props.comment.label },
          { key: 'comment.hint', text: props.comment.hint },
          { key: 'app.commentWarning', text: t('commentWarning') },
        ]}
      />
      <p id="comment-hint" class="hint">
        {props.comment.hint} {t('commentWarning')}
      </p>
      <textarea
        id="comment"
        rows={3}
        maxLength={props.comment.maxLength}
        aria-describedby="comment-hint comment-count"
        value={props.value}
        onInput={(event) => props.onChange(event.currentTarget.value)}
      />
      <p id="comment-count" class="hint count">
        {t('characters', { count: props.value.length, max: props.comment.maxLength })}
      </p>
    </div>
  )
}

/** Service field, demographics and comment: all optional. */
export function AboutQuestions({ questionnaire, state, update }: { questionnaire: Questionnaire; state: AnswerState; update: (next: AnswerState) => void }) {
  const { serviceFields, demographics, comment } = questionnaire
  return (
    <>
      {serviceFields && (
        <ChoiceQuestion
          name="serviceField"
          legend={serviceFields.label}
          textKey="serviceFields"
          options={serviceFields.options}
          value={state.serviceField}
          onChange={(serviceField) => update({ ...state, serviceField })}
        />
      )}
      {demographics.map((item) => (
        <ChoiceQuestion
          key={item.key}
          name={`demographic-${item.key}`}
          legend={item.label}
          textKey={`demographic.${item.key}`}
          options={item.options}
          value={state.demographics[item.key]}
          onChange={(key) => update({ ...state, demographics: { ...state.demographics, [item.key]: key } })}
        />
      ))}
      {comment && <CommentField comment={comment} value={state.comment} onChange={(text) => update({ ...state, comment: text })} />}
      {comment && <WantsReplyField checked={state.wantsReply === true} onChange={(wantsReply) => update({ ...state, wantsReply })} />}
    </>
  )
}
