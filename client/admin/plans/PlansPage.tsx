import { useState } from 'preact/hooks'
import { useLocation } from 'preact-iso'
import { endpoints } from '../../../shared/api/endpoints'
import { yearInVietnam } from '../../../shared/calendar/vietnam-time'
import type { Organisation } from '../../../shared/organisations/schemas'
import { call } from '../../api/client'
import { useT } from '../../i18n/translate'
import { adminMessages } from '../messages'
import { can, useUser } from '../session'
import { Alert } from '../ui/Alert'
import { Field } from '../ui/Field'
import { FormActions } from '../ui/FormActions'
import { ListTable, PageHead } from '../ui/ListPage'
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
      const plan = await call(endpoints.plans.create, { body })
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
      <FormActions busy={submit.busy} label={t('create')} />
    </form>
  )
}

export function PlansPage() {
  const t = useT(planMessages)
  const common = useT(adminMessages)
  const admin = can(useUser(), 'manageSetup')
  const [resource] = useReloadable(async (signal) => {
    const [plans, organisations] = await Promise.all([call(endpoints.plans.list, { signal }), call(endpoints.organisations.list, { signal })])
    return { plans, organisations }
  })
  return (
    <section>
      <PageHead title={t('title')} intro={t('intro')} />
      <Loaded resource={resource}>
        {({ plans, organisations }) => (
          <>
            {plans.length === 0 ? (
              <p class="muted">{t('empty')}</p>
            ) : (
              <ListTable headers={[t('name'), t('decisionNumber'), t('years'), t('unitCount'), t('warnings')]}>
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
              </ListTable>
            )}
            {admin && <NewPlanForm organisations={organisations} />}
          </>
        )}
      </Loaded>
    </section>
  )
}
