import { useState } from 'preact/hooks'
import { useLocation, useRoute } from 'preact-iso'
import type { Agency } from '../../../shared/agencies/schemas'
import { endpoints } from '../../../shared/api/endpoints'
import { RECOMMENDED_UNITS_PER_CAMPAIGN } from '../../../shared/campaigns/plan'
import type { Campaign, CampaignStatus } from '../../../shared/campaigns/schemas'
import type { QuestionnaireSummary } from '../../../shared/questionnaires/schemas'
import { call } from '../../api/client'
import { formatDate } from '../../i18n/format'
import { useLanguage } from '../../i18n/language'
import { useT } from '../../i18n/translate'
import { CaseRuleCard } from '../cases/CaseRuleCard'
import { adminMessages } from '../messages'
import { PublicationCard } from '../publication/PublicationCard'
import { can, useUser } from '../session'
import { TargetsCard } from '../targets/TargetsCard'
import { TeamCard } from '../teams/TeamCard'
import { Alert } from '../ui/Alert'
import { FormActions } from '../ui/FormActions'
import { Loaded } from '../ui/Loaded'
import { loadAll } from '../ui/load-all'
import { useReloadable } from '../ui/use-reloadable'
import { useSubmit } from '../ui/use-submit'
import { CampaignForm, shiftPeriod } from './CampaignForm'
import { campaignMessages } from './messages'
import { UnitPicker } from './UnitPicker'

const loadCampaign = (id: string, signal: AbortSignal) =>
  loadAll({
    campaign: call(endpoints.campaigns.get, { params: { id }, signal }),
    agencies: call(endpoints.agencies.list, { signal }),
    questionnaires: call(endpoints.questionnaires.list, { signal }),
  })

const NEXT_STATUS: Record<CampaignStatus, { to: CampaignStatus; label: 'open' | 'close' | 'reopen'; confirm: 'confirmOpen' | 'confirmClose' }> = {
  draft: { to: 'open', label: 'open', confirm: 'confirmOpen' },
  open: { to: 'closed', label: 'close', confirm: 'confirmClose' },
  closed: { to: 'open', label: 'reopen', confirm: 'confirmOpen' },
}

/** Units chosen from the tree, then saved with `PUT /campaigns/:id/units`. */
function UnitsEditor({
  campaign,
  agencies,
  onSaved,
  onDirty,
}: {
  campaign: Campaign
  agencies: Agency[]
  onSaved: () => void
  onDirty: (dirty: boolean) => void
}) {
  const t = useT(campaignMessages)
  const submit = useSubmit()
  const [selected, setSelected] = useState(() => new Set(campaign.agencyIds))
  const [saved, setSaved] = useState(false)
  const save = async () => {
    setSaved(false)
    if (await submit.run(() => call(endpoints.campaigns.setUnits, { params: { id: campaign.id }, body: { agencyIds: [...selected] } }))) {
      setSaved(true)
      onDirty(false)
      onSaved()
    }
  }
  return (
    <section class="card">
      <h2>{t('pickUnits')}</h2>
      {submit.error && !submit.fields.agencyIds && <Alert>{submit.error}</Alert>}
      <UnitPicker
        agencies={agencies}
        selected={selected}
        onChange={(next) => (setSelected(next), setSaved(false), onDirty(true))}
        error={submit.fields.agencyIds}
      />
      <FormActions busy={submit.busy} label={t('saveUnits')} onSave={save}>
        {saved && <span role="status">{t('unitsSaved')}</span>}
      </FormActions>
    </section>
  )
}

/** Name, year, period and questionnaire of a draft; only name and period once it has opened. */
function DetailsEditor({
  campaign,
  questionnaires,
  onSaved,
  onCancel,
}: {
  campaign: Campaign
  questionnaires: QuestionnaireSummary[]
  onSaved: () => void
  onCancel: () => void
}) {
  const t = useT(campaignMessages)
  const common = useT(adminMessages)
  return (
    <CampaignForm
      id="campaign-edit"
      title={<h2>{t('editTitle')}</h2>}
      initial={campaign}
      questionnaires={questionnaires}
      followYear={shiftPeriod}
      periodOnly={campaign.status !== 'draft'}
      submitLabel={common('common.save')}
      onSubmit={async (body) => {
        await call(endpoints.campaigns.update, { params: { id: campaign.id }, body })
        onSaved()
      }}
    >
      <button type="button" class="button" onClick={onCancel}>
        {common('common.cancel')}
      </button>
    </CampaignForm>
  )
}

export function CampaignPage() {
  const t = useT(campaignMessages)
  const common = useT(adminMessages)
  const lang = useLanguage()
  const user = useUser()
  const admin = can(user, 'manageSetup')
  const { params } = useRoute()
  const [resource, reload] = useReloadable((signal) => loadCampaign(params.id!, signal), [params.id])
  const { route } = useLocation()
  const status = useSubmit()
  const [editing, setEditing] = useState(false)
  const [unsavedUnits, setUnsavedUnits] = useState(false)
  const [refusal, setRefusal] = useState<string | null>(null)

  const changeStatus = async (campaign: Campaign) => {
    const next = NEXT_STATUS[campaign.status]
    setRefusal(null)
    if (next.to === 'open' && unsavedUnits) return setRefusal(t('saveUnitsFirst'))
    if (!confirm(t(next.confirm))) return
    if (await status.run(() => call(endpoints.campaigns.update, { params: { id: campaign.id }, body: { status: next.to } }))) reload()
  }
  const remove = async (campaign: Campaign) => {
    if (!confirm(t('confirmDelete', { name: campaign.name }))) return
    if (await status.run(() => call(endpoints.campaigns.remove, { params: { id: campaign.id } }))) route('/admin/campaigns')
  }

  return (
    <section>
      <p>
        <a href="/admin/campaigns">← {t('title')}</a>
      </p>
      <Loaded resource={resource}>
        {({ campaign, agencies, questionnaires }) => {
          const questionnaire = questionnaires.find((q) => q.id === campaign.questionnaireId)
          const byId = new Map(agencies.map((a) => [a.id, a]))
          // agency-limited accounts get only their part of the tree from the API
          const units = campaign.agencyIds.map((id) => byId.get(id)).filter((a): a is Agency => a !== undefined)
          return (
            <>
              <div class="page-head">
                <div>
                  <h1>{campaign.name}</h1>
                  <p class="muted">
                    <span class={`badge status-${campaign.status}`}>{common(`status.${campaign.status}`)}</span> {formatDate(campaign.startsOn, lang)} –{' '}
                    {formatDate(campaign.endsOn, lang)} · {questionnaire ? `${questionnaire.name} (v${questionnaire.version})` : `#${campaign.questionnaireId}`}
                  </p>
                </div>
                <div class="toolbar">
                  <a class="button" href={`/admin/results/${campaign.id}`}>
                    {t('results')}
                  </a>
                  {can(user, 'manageLinks') && campaign.agencyIds.length > 0 && (
                    <a class="button" href={`/admin/campaigns/${campaign.id}/integrity`}>
                      {t('integrity')}
                    </a>
                  )}
                  {admin && !editing && (
                    <button type="button" class="button" onClick={() => setEditing(true)}>
                      {t('edit')}
                    </button>
                  )}
                  {admin && campaign.status === 'draft' && (
                    <button type="button" class="button danger" disabled={status.busy} onClick={() => remove(campaign)}>
                      {t('delete')}
                    </button>
                  )}
                  {admin && (
                    <button type="button" class="button primary" disabled={status.busy} onClick={() => changeStatus(campaign)}>
                      {t(NEXT_STATUS[campaign.status].label)}
                    </button>
                  )}
                </div>
              </div>
              {refusal && <Alert>{refusal}</Alert>}
              {status.error && <Alert>{Object.values(status.fields)[0] ?? status.error}</Alert>}
              {campaign.warnings.map((code) => (
                <Alert key={code} kind="warning">
                  {code === 'units_above_plan'
                    ? t('units_above_plan', { max: RECOMMENDED_UNITS_PER_CAMPAIGN })
                    : code === 'period_outside_year'
                      ? t('periodOutsideYear', { year: campaign.year })
                      : code}
                </Alert>
              ))}
              {admin && editing && (
                <DetailsEditor
                  key={`${campaign.id}-${campaign.status}`}
                  campaign={campaign}
                  questionnaires={questionnaires}
                  onSaved={() => (setEditing(false), reload())}
                  onCancel={() => setEditing(false)}
                />
              )}
              <section class="card">
                <h2>{admin ? t('units') : t('yourUnits')}</h2>
                {units.length === 0 ? (
                  <p class="muted">{t('noUnits')}</p>
                ) : (
                  <ul class="unit-list">
                    {units.map((agency) => (
                      <li key={agency.id}>
                        <span>
                          <strong>{agency.name}</strong> <small class="muted">{common(`kind.${agency.kind}`)}</small>
                        </span>
                        <span class="row-actions">
                          {can(user, 'manageLinks') && (
                            <a class="button small" href={`/admin/campaigns/${campaign.id}/units/${agency.id}`}>
                              {t('links')}
                            </a>
                          )}
                          <a class="button small ghost" href={`/admin/results/${campaign.id}/units/${agency.id}`}>
                            {t('results')}
                          </a>
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </section>
              {admin && campaign.status !== 'draft' && <PublicationCard campaign={campaign} />}
              {can(user, 'readResults') && campaign.agencyIds.length > 0 && <TargetsCard campaignId={campaign.id} admin={admin} />}
              {admin && <CaseRuleCard key={`${campaign.id}-${campaign.caseRule}`} campaign={campaign} onSaved={reload} />}
              <TeamCard campaignId={campaign.id} admin={admin} />
              {admin &&
                (campaign.status === 'closed' ? (
                  <p class="muted">{t('unitsLocked')}</p>
                ) : (
                  <UnitsEditor key={campaign.id} campaign={campaign} agencies={agencies} onSaved={reload} onDirty={setUnsavedUnits} />
                ))}
            </>
          )
        }}
      </Loaded>
    </section>
  )
}
