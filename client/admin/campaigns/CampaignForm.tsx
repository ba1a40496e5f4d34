import type { ComponentChildren } from 'preact'
import { useState } from 'preact/hooks'
import { todayInVietnam } from '../../../shared/calendar/vietnam-time'
import { periodOutsideYear } from '../../../shared/campaigns/plan'
import type { CreateCampaign } from '../../../shared/campaigns/schemas'
import type { QuestionnaireSummary } from '../../../shared/questionnaires/schemas'
import { useT } from '../../i18n/translate'
import { Alert } from '../ui/Alert'
import { Field } from '../ui/Field'
import { FormActions } from '../ui/FormActions'
import { useSubmit } from '../ui/use-submit'
import { campaignMessages } from './messages'

export interface CampaignFormValues {
  name: string
  year: number
  startsOn: string
  endsOn: string
  questionnaireId: number | undefined
}

/** A new campaign's period: from today to the end of this year, or the whole of another year. */
export function defaultPeriod(year: number, today = todayInVietnam()): { startsOn: string; endsOn: string } {
  return { startsOn: year === Number(today.slice(0, 4)) ? today : `${year}-01-01`, endsOn: `${year}-12-31` }
}

/** The same days in another year (29 February becomes the 28th). */
export function shiftPeriod(year: number, period: { startsOn: string; endsOn: string }): { startsOn: string; endsOn: string } {
  const shift = (date: string) => {
    const moved = `${year}${date.slice(4)}`
    return moved.endsWith('-02-29') && new Date(`${moved}T00:00:00Z`).getUTCMonth() !== 1 ? `${year}-02-28` : moved
  }
  return { startsOn: shift(period.startsOn), endsOn: shift(period.endsOn) }
}

const isYear = (text: string) => /^\d{4}$/.test(text) && Number(text) >= 2000 && Number(text) <= 2100

interface CampaignFormProps {
  id: string
  title: ComponentChildren
  initial: CampaignFormValues
  questionnaires: QuestionnaireSummary[]
  /** How the period follows the year while the user has not changed a date. */
  followYear: (year: number, period: { startsOn: string; endsOn: string }) => { startsOn: string; endsOn: string }
  /** Year and questionnaire are fixed once the campaign is no longer a draft. */
  periodOnly?: boolean
  submitLabel: string
  onSubmit: (values: Partial<CreateCampaign>) => Promise<unknown>
  children?: ComponentChildren
}

/**
 * A campaign's name, year, period and questionnaire. Typing the year moves the period with it
 * until the user sets a date; a period outside the year is allowed, with a warning.
 */
export function CampaignForm({ id, title, initial, questionnaires, followYear, periodOnly = false, submitLabel, onSubmit, children }: CampaignFormProps) {
  const t = useT(campaignMessages)
  const submit = useSubmit()
  const [name, setName] = useState(initial.name)
  const [year, setYear] = useState(String(initial.year))
  const [startsOn, setStartsOn] = useState(initial.startsOn)
  const [endsOn, setEndsOn] = useState(initial.endsOn)
  const [questionnaireId, setQuestionnaireId] = useState(initial.questionnaireId === undefined ? '' : String(initial.questionnaireId))
  const [datesTouched, setDatesTouched] = useState(false)

  const onYear = (text: string) => {
    setYear(text)
    if (!datesTouched && isYear(text)) {
      const moved = followYear(Number(text), { startsOn, endsOn })
      setStartsOn(moved.startsOn)
      setEndsOn(moved.endsOn)
    }
  }
  const outsideYear = isYear(year) && startsOn !== '' && endsOn !== '' && periodOutsideYear(Number(year), startsOn, endsOn)

  const save = (event: Event) => {
    event.preventDefault()
    const period = { name, startsOn, endsOn }
    void submit.run(() =>
      onSubmit(periodOnly ? period : { ...period, year: Number(year), questionnaireId: questionnaireId ? Number(questionnaireId) : undefined }),
    )
  }

  return (
    <form class="card form narrow" onSubmit={save} noValidate>
      {title}
      {submit.error && <Alert>{submit.error}</Alert>}
      <Field id={`${id}-name`} label={t('name')} error={submit.fields.name}>
        <input value={name} onInput={(e) => setName(e.currentTarget.value)} />
      </Field>
      <div class="form-row">
        <Field id={`${id}-year`} label={t('year')} error={submit.fields.year} hint={periodOnly ? t('draftOnlyHint') : undefined}>
          <input type="number" inputMode="numeric" value={year} disabled={periodOnly} onInput={(e) => onYear(e.currentTarget.value)} />
        </Field>
        <Field id={`${id}-starts`} label={t('startsOn')} error={submit.fields.startsOn}>
          <input type="date" value={startsOn} onInput={(e) => (setStartsOn(e.currentTarget.value), setDatesTouched(true))} />
        </Field>
        <Field id={`${id}-ends`} label={t('endsOn')} error={submit.fields.endsOn}>
          <input type="date" value={endsOn} onInput={(e) => (setEndsOn(e.currentTarget.value), setDatesTouched(true))} />
        </Field>
      </div>
      {outsideYear && <Alert kind="warning">{t('periodOutsideYear', { year })}</Alert>}
      <Field
        id={`${id}-questionnaire`}
        label={t('questionnaire')}
        hint={periodOnly ? t('draftOnlyHint') : t('questionnaireHint')}
        error={submit.fields.questionnaireId}
      >
        <select value={questionnaireId} disabled={periodOnly} onChange={(e) => setQuestionnaireId(e.currentTarget.value)}>
          <option value="">{t('chooseQuestionnaire')}</option>
          {questionnaires
            .filter((q) => q.status === 'published' || String(q.id) === questionnaireId)
            .map((q) => (
              <option key={q.id} value={q.id}>
                {q.name} (v{q.version})
              </option>
            ))}
        </select>
      </Field>
      <FormActions busy={submit.busy} label={submitLabel}>
        {children}
      </FormActions>
    </form>
  )
}
