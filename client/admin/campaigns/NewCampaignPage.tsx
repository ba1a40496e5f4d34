import { useState } from 'preact/hooks'
import { useLocation } from 'preact-iso'
import { api } from '../../api/client'
import { useT } from '../../i18n/translate'
import type { Campaign } from '../../../shared/campaigns/schemas'
import type { PlanYearUnits } from '../../../shared/plans/schemas'
import { planMessages } from '../plans/messages'
import type { QuestionnaireSummary } from '../../../shared/questionnaires/schemas'
import { adminMessages } from '../messages'
import { Alert } from '../ui/Alert'
import { Field } from '../ui/Field'
import { Loaded } from '../ui/Loaded'
import { useReloadable } from '../ui/use-reloadable'
import { useSubmit } from '../ui/use-submit'
import { campaignMessages } from './messages'

function todayInVietnam(): string {
  return new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10)
}

export function NewCampaignPage() {
  const t = useT(campaignMessages)
  const common = useT(adminMessages)
  const { route, query } = useLocation()
  const planT = useT(planMessages)
  // From a plan page's year: the campaign belongs to the plan and starts with that year's units.
  const planId = query.planId ? Number(query.planId) : undefined
  const submit = useSubmit()
  const [questionnaires] = useReloadable((signal) => api<QuestionnaireSummary[]>('/questionnaires', { signal }))
  const thisYear = Number(todayInVietnam().slice(0, 4))
  const [name, setName] = useState('')
  const [year, setYear] = useState(query.year ?? String(thisYear))
  const [startsOn, setStartsOn] = useState(query.year ? `${query.year}-01-01` : todayInVietnam())
  const [endsOn, setEndsOn] = useState(`${query.year ?? thisYear}-12-31`)
  const [questionnaireId, setQuestionnaireId] = useState('')

  const onSubmit = async (event: Event) => {
    event.preventDefault()
    await submit.run(async () => {
      const body = { name, year: Number(year), startsOn, endsOn, questionnaireId: questionnaireId ? Number(questionnaireId) : undefined, planId }
      const campaign = await api<Campaign>('/campaigns', { body })
      if (planId) {
        const { agencyIds } = await api<PlanYearUnits>(`/plans/${planId}/years/${campaign.year}/units`)
        if (agencyIds.length) await api(`/campaigns/${campaign.id}/units`, { method: 'PUT', body: { agencyIds } })
      }
      route(`/admin/campaigns/${campaign.id}`)
    })
  }

  return (
    <section>
      <p>
        <a href="/admin/campaigns">← {t('title')}</a>
      </p>
      <form class="card form narrow" onSubmit={onSubmit} noValidate>
        <h1>{t('createTitle')}</h1>
        {planId && <p class="muted">{planT('forPlan')}</p>}
        {submit.error && <Alert>{submit.error}</Alert>}
        <Field id="campaign-name" label={t('name')} error={submit.fields.name}>
          <input value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </Field>
        <div class="form-row">
          <Field id="campaign-year" label={t('year')} error={submit.fields.year}>
            <input type="number" inputMode="numeric" value={year} onInput={(e) => setYear(e.currentTarget.value)} />
          </Field>
          <Field id="campaign-starts" label={t('startsOn')} error={submit.fields.startsOn}>
            <input type="date" value={startsOn} onInput={(e) => setStartsOn(e.currentTarget.value)} />
          </Field>
          <Field id="campaign-ends" label={t('endsOn')} error={submit.fields.endsOn}>
            <input type="date" value={endsOn} onInput={(e) => setEndsOn(e.currentTarget.value)} />
          </Field>
        </div>
        <Loaded resource={questionnaires}>
          {(list) => (
            <Field id="campaign-questionnaire" label={t('questionnaire')} hint={t('questionnaireHint')} error={submit.fields.questionnaireId}>
              <select value={questionnaireId} onChange={(e) => setQuestionnaireId(e.currentTarget.value)}>
                <option value="">{t('chooseQuestionnaire')}</option>
                {list
                  .filter((q) => q.status === 'published')
                  .map((q) => (
                    <option key={q.id} value={q.id}>
                      {q.name} (v{q.version})
                    </option>
                  ))}
              </select>
            </Field>
          )}
        </Loaded>
        <div class="actions">
          <button type="submit" class="button primary" disabled={submit.busy}>
            {t('createNext')}
          </button>
          <a class="button" href="/admin/campaigns">
            {common('common.cancel')}
          </a>
        </div>
      </form>
    </section>
  )
}
