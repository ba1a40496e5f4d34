import { useState } from 'preact/hooks'
import { useRoute } from 'preact-iso'
import type { Agency } from '../../../shared/agencies/schemas'
import { endpoints } from '../../../shared/api/endpoints'
import type { Plan, PlanCell, PlanSummary, PlanWarning } from '../../../shared/plans/schemas'
import { call } from '../../api/client'
import { formatDate, formatNumber } from '../../i18n/format'
import { useLanguage } from '../../i18n/language'
import { useT } from '../../i18n/translate'
import { UnitPicker } from '../campaigns/UnitPicker'
import { adminMessages } from '../messages'
import { formatFigure, formatInterval } from '../results/view-model'
import { can, useUser } from '../session'
import { Alert } from '../ui/Alert'
import { FormActions } from '../ui/FormActions'
import { Loaded } from '../ui/Loaded'
import { loadAll } from '../ui/load-all'
import { useReloadable } from '../ui/use-reloadable'
import { useSubmit } from '../ui/use-submit'
import { planMessages } from './messages'

const loadPlan = (id: string, signal: AbortSignal) =>
  loadAll({
    summary: call(endpoints.plans.summary, { params: { id }, signal }),
    agencies: call(endpoints.agencies.list, { signal }),
    organisations: call(endpoints.organisations.list, { signal }),
  })

function Cell({ cell, scoring }: { cell: PlanCell; scoring: PlanSummary['scoring'] }) {
  const t = useT(planMessages)
  const common = useT(adminMessages)
  const lang = useLanguage()
  if (!cell.planned && cell.campaignId === null) return <td class="plan-cell empty" />
  return (
    <td class={`plan-cell${cell.planned ? ' planned' : ''}`}>
      <small class="muted">{cell.planned ? t('planned') : t('notPlanned')}</small>
      {cell.campaignId === null ? (
        <div class="muted">{t('noCampaign')}</div>
      ) : (
        <div>
          <a class={`badge status-${cell.status}`} href={`/admin/results/${cell.campaignId}`}>
            {common(`status.${cell.status!}`)}
          </a>
        </div>
      )}
      {cell.sipas ? (
        <div>
          <strong class="figure">{formatFigure(cell.sipas.value, scoring, lang)}</strong> <small>n = {formatNumber(cell.n, lang)}</small>
          <div>
            <small class="muted">
              {t('interval', { range: formatInterval(cell.sipas, scoring, lang) })}
              {cell.sipas.indicative && ` · ${t('indicative')}`}
            </small>
          </div>
        </div>
      ) : (
        cell.campaignId !== null && <div class="muted">{t('noData')}</div>
      )}
    </td>
  )
}

function WarningAlert({ warning, unitName }: { warning: PlanWarning; unitName: (id: number) => string }) {
  const t = useT(planMessages)
  const unit = warning.agencyId === null ? '' : unitName(warning.agencyId)
  return <Alert kind="warning">{t(warning.code, { year: warning.year ?? '', count: warning.count ?? '', unit })}</Alert>
}

/** Per year, the units chosen from the tree; saved with `PUT /plans/:id/units`. */
function UnitsByYear({ plan, agencies, onSaved }: { plan: Plan; agencies: Agency[]; onSaved: () => void }) {
  const t = useT(planMessages)
  const submit = useSubmit()
  const years = Array.from({ length: plan.lastYear - plan.firstYear + 1 }, (_, i) => plan.firstYear + i)
  const [chosen, setChosen] = useState(() => new Map(years.map((year) => [year, new Set(plan.units.filter((u) => u.year === year).map((u) => u.agencyId))])))
  const [saved, setSaved] = useState(false)
  const save = async () => {
    setSaved(false)
    const units = [...chosen].flatMap(([year, ids]) => [...ids].map((agencyId) => ({ agencyId, year })))
    if (await submit.run(() => call(endpoints.plans.setUnits, { params: { id: plan.id }, body: { units } }))) {
      setSaved(true)
      onSaved()
    }
  }
  const active = agencies.filter((a) => a.active)
  return (
    <section class="card">
      <h2>{t('editUnits')}</h2>
      <p class="muted">{t('editUnitsHint')}</p>
      {submit.error && <Alert>{Object.values(submit.fields)[0] ?? submit.error}</Alert>}
      {years.map((year) => (
        <details key={year}>
          <summary>{t('yearUnits', { year, count: chosen.get(year)!.size })}</summary>
          <UnitPicker agencies={active} selected={chosen.get(year)!} onChange={(next) => (setChosen(new Map(chosen).set(year, next)), setSaved(false))} />
        </details>
      ))}
      <FormActions busy={submit.busy} label={t('saveUnits')} onSave={save}>
        {saved && <span role="status">{t('unitsSaved')}</span>}
      </FormActions>
    </section>
  )
}

export function PlanPage() {
  const t = useT(planMessages)
  const lang = useLanguage()
  const admin = can(useUser(), 'manageSetup')
  const { params } = useRoute()
  const [resource, reload] = useReloadable((signal) => loadPlan(params.id!, signal), [params.id])
  return (
    <section>
      <p>
        <a href="/admin/plans">← {t('title')}</a>
      </p>
      <Loaded resource={resource}>
        {({ summary, agencies, organisations }) => {
          const { plan } = summary
          const names = new Map([...agencies.map((a) => [a.id, a.name] as const), ...summary.units.map((u) => [u.agencyId, u.name] as const)])
          const unitName = (id: number) => names.get(id) ?? `#${id}`
          const partners = organisations.filter((o) => plan.organisationIds.includes(o.id)).map((o) => o.name)
          return (
            <>
              <div class="page-head">
                <div>
                  <h1>{plan.name}</h1>
                  <p class="muted">
                    {plan.decisionNumber && t('decision', { number: plan.decisionNumber, date: plan.decisionDate ? formatDate(plan.decisionDate, lang) : '' })}
                    {plan.decisionNumber && ' · '}
                    {plan.firstYear}–{plan.lastYear}
                  </p>
                  {partners.length > 0 && (
                    <p class="muted">
                      {t('organisations')}: {partners.join(', ')}
                    </p>
                  )}
                </div>
                <div class="toolbar">
                  <a class="button" href={`/api/v1/plans/${plan.id}/summary.xlsx`} download>
                    {t('download')}
                  </a>
                </div>
              </div>
              {plan.warnings.map((w, i) => (
                <WarningAlert key={i} warning={w} unitName={unitName} />
              ))}
              <section class="card">
                <h2>{t('table')}</h2>
                <p class="muted">{t('tableHint')}</p>
                <div class="table-wrap">
                  <table class="table plan-table">
                    <thead>
                      <tr>
                        <th scope="col">{t('unit')}</th>
                        {summary.years.map((y) => (
                          <th key={y.year} scope="col">
                            {y.year}
                            {admin && (
                              <div>
                                <a class="button small ghost" href={`/admin/campaigns/new?planId=${plan.id}&year=${y.year}`}>
                                  {t('newCampaign', { year: y.year })}
                                </a>
                              </div>
                            )}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {summary.units.map((unit) => (
                        <tr key={unit.agencyId}>
                          <th scope="row">{unit.name}</th>
                          {unit.cells.map((cell) => (
                            <Cell key={cell.year} cell={cell} scoring={summary.scoring} />
                          ))}
                        </tr>
                      ))}
                    </tbody>
                    <tfoot>
                      <tr>
                        <th scope="row">
                          {t('province')}
                          <div>
                            <small class="muted">{t('provinceHint')}</small>
                          </div>
                        </th>
                        {summary.years.map((y) => (
                          <td key={y.year}>
                            <strong class="figure">{formatFigure(y.province.value, summary.scoring, lang)}</strong>
                            <div>
                              <small class="muted">{t('provinceUnits', { units: y.province.units, n: formatNumber(y.province.n, lang) })}</small>
                            </div>
                          </td>
                        ))}
                      </tr>
                    </tfoot>
                  </table>
                </div>
              </section>
              <section class="card">
                <h2>{t('neverSurveyed')}</h2>
                {summary.neverSurveyed.length === 0 ? (
                  <p class="muted">{t('allSurveyed')}</p>
                ) : (
                  <ul>
                    {summary.neverSurveyed.map((id) => (
                      <li key={id}>{unitName(id)}</li>
                    ))}
                  </ul>
                )}
              </section>
              {admin && <UnitsByYear key={plan.id} plan={plan} agencies={agencies} onSaved={reload} />}
            </>
          )
        }}
      </Loaded>
    </section>
  )
}
