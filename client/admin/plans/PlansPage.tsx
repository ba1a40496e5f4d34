import { useState } from 'preact/hooks'
import { useLocation } from 'preact-iso'
import { yearInVietnam } from '../../../shared/calendar/vietnam-time'
import type { Organisation } from '../../../shared/organisations/schemas'
import type { Plan } from '../../../shared/plans/schemas'
import { api } from '../../api/client'
import { useT } from '../../i18n/translate'
import { adminMessages } from '../messages'
import { can, useUser } from '../session'
import { Alert } from '../ui/Alert'
import { Field } from '../ui/Field'
import { Loaded } from '../ui/Loaded'
import { useReloadable } from '../ui/use-reloadable'
import { useSubmit } from '../ui/use-submit'
import { planMessages } from './messages'

function NewPlanForm({ organisations }: { organisations: Organisation[] }) {
  const t = useT(planMessages)
  const { route } = useLocation()
  const submit = useSubmit()
  const thisYear = yearInVietnam()
  const [form, setForm] = useState({ name: '', decisionNumber: '', decisionDate: '', firstYear: String(thisYear), lastYear: String(thisYear + 2) })
  const [partners, setPartners] = useState(() => new Set<number>())
  const set = (key: keyof typeof form) => (e: Event) => setForm({ ...form, [key]: (e.currentTarget as HTMLInputElement).value })
  const onSubmit = async (event: Event) => {
    event.preventDefault()
    await submit.run(async () => {
      const body = {
        ...form,
        decisionDate: form.decisionDate || null,
        firstYear: Number(form.firstYear),
        lastYear: Number(form.lastYear),
        organisationIds: [...partners],
      }
      const plan = await api<Plan>('/plans', { body })
      route(`/admin/plans/${plan.id}`)
    })
  }
  return (
    <form class="card form" onSubmit={onSubmit} noValidate>
      <h2>{t('new')}</h2>
      {submit.error && <Alert>{submit.error}</Alert>}
      <Field id="plan-name" label={t('name')} error={submit.fields.name}>
        <input value={form.name} onInput={set('name')} />
      </Field>
      <div class="form-row">
        <Field id="plan-decision" label={t('decisionNumber')} error={submit.fields.decisionNumber}>
          <input value={form.decisionNumber} onInput={set('decisionNumber')} />
        </Field>
        <Field id="plan-decision-date" label={t('decisionDate')} error={submit.fields.decisionDate}>
          <input type="date" value={form.decisionDate} onInput={set('decisionDate')} />
        </Field>
        <Field id="plan-first" label={t('firstYear')} error={submit.fields.firstYear}>
          <input type="number" inputMode="numeric" value={form.firstYear} onInput={set('firstYear')} />
        </Field>
        <Field id="plan-last" label={t('lastYear')} error={submit.fields.lastYear}>
          <input type="number" inputMode="numeric" value={form.lastYear} onInput={set('lastYear')} />
        </Field>
      </div>
      <fieldset class="checks">
        <legend>{t('organisations')}</legend>
        {organisations.map((o) => (
          <label key={o.id} class="check">
            <input
              type="checkbox"
              checked={partners.has(o.id)}
              onChange={(e) => {
                const next = new Set(partners)
                if (e.currentTarget.checked) next.add(o.id)
                else next.delete(o.id)
                setPartners(next)
              }}
            />
            {o.name}
          </label>
        ))}
      </fieldset>
      <div class="actions">
        <button type="submit" class="button primary" disabled={submit.busy}>
          {t('create')}
        </button>
      </div>
    </form>
  )
}

export function PlansPage() {
  const t = useT(planMessages)
  const common = useT(adminMessages)
  const admin = can(useUser(), 'manageSetup')
  const [resource] = useReloadable(async (signal) => {
    const [plans, organisations] = await Promise.all([api<Plan[]>('/plans', { signal }), api<Organisation[]>('/organisations', { signal })])
    return { plans, organisations }
  })
  return (
    <section>
      <div class="page-head">
        <div>
          <h1>{t('title')}</h1>
          <p class="muted">{t('intro')}</p>
        </div>
      </div>
      <Loaded resource={resource}>
        {({ plans, organisations }) => (
          <>
            {plans.length === 0 ? (
              <p class="muted">{t('empty')}</p>
            ) : (
              <div class="table-wrap">
                <table class="table">
                  <thead>
                    <tr>
                      <th>{t('name')}</th>
                      <th>{t('decisionNumber')}</th>
                      <th>{t('years')}</th>
                      <th>{t('unitCount')}</th>
                      <th>{t('warnings')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {plans.map((p) => (
                      <tr key={p.id}>
                        <td>
                          <a href={`/admin/plans/${p.id}`}>{p.name}</a>
                        </td>
                        <td>{p.decisionNumber || common('common.none')}</td>
                        <td>
                          {p.firstYear}–{p.lastYear}
                        </td>
                        <td>{p.units.length}</td>
                        <td>{p.warnings.length}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            {admin && <NewPlanForm organisations={organisations} />}
          </>
        )}
      </Loaded>
    </section>
  )
}
