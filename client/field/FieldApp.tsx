import { useEffect, useMemo, useState } from 'preact/hooks'
import type { FieldBundle } from '../../shared/field/bundle'
import { LanguageSwitch } from '../survey/LanguageSwitch'
import { SurveyContext } from '../survey/survey-context'
import { Interview } from './Interview'
import { Login } from './Login'
import { useFieldLanguage, useFieldT } from './language'
import { SyncStatus } from './SyncStatus'
import { useFieldDevice } from './use-field-device'

interface Chosen {
  campaignId: number
  agencyId: number
}

/** Picks the campaign (when the surveyor has several) and the unit the next interviews are about. */
function ChooseUnit({
  bundle,
  chosen,
  onChange,
  onStart,
}: {
  bundle: FieldBundle
  chosen: Chosen | null
  onChange: (next: Chosen) => void
  onStart: () => void
}) {
  const t = useFieldT()
  if (bundle.campaigns.length === 0) return <p class="field-card hint">{t('noCampaigns')}</p>
  const campaign = bundle.campaigns.find((c) => c.id === chosen?.campaignId) ?? bundle.campaigns[0]!
  const agencyId = campaign.units.some((u) => u.id === chosen?.agencyId) ? chosen!.agencyId : campaign.units[0]?.id
  return (
    <form
      class="field-card choose"
      onSubmit={(event) => {
        event.preventDefault()
        if (agencyId !== undefined) {
          onChange({ campaignId: campaign.id, agencyId })
          onStart()
        }
      }}
    >
      <label>
        {t('campaign')}
        <select value={campaign.id} onChange={(e) => onChange({ campaignId: Number(e.currentTarget.value), agencyId: -1 })}>
          {bundle.campaigns.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('unit')}
        <select value={agencyId} onChange={(e) => onChange({ campaignId: campaign.id, agencyId: Number(e.currentTarget.value) })}>
          {campaign.units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </label>
      <p class="hint">{t('readAloud')}</p>
      <button type="submit" class="primary big" disabled={agencyId === undefined}>
        {t('startInterview')}
      </button>
    </form>
  )
}

/** Interview mode (/field): log the device in once, then interview offline for days; answers sync when a network is back. */
export function FieldApp() {
  const t = useFieldT()
  const lang = useFieldLanguage()
  const field = useFieldDevice()
  const { state } = field
  const [chosen, setChosen] = useState<Chosen | null>(null)
  const [interviewing, setInterviewing] = useState(false)
  useEffect(() => {
    document.title = t('title')
  }, [lang])

  const campaign = state.bundle?.campaigns.find((c) => c.id === chosen?.campaignId)
  const unit = campaign?.units.find((u) => u.id === chosen?.agencyId)
  // the questions speak the page's language (for the device's voice); no packs or recordings here
  const survey = useMemo(() => ({ lang, recordings: {}, readAloud: false }), [lang])
  if (interviewing && campaign && unit) {
    return (
      <SurveyContext.Provider value={survey}>
        <Interview
          key={`${campaign.id}/${unit.id}`}
          unitName={unit.name}
          questionnaire={campaign.questionnaire[lang]}
          onRecord={(body) => field.record(campaign.id, unit.id, body)}
          onHome={() => setInterviewing(false)}
        />
      </SurveyContext.Provider>
    )
  }

  let body
  if (!state.ready) body = <p role="status">{t('loading')}</p>
  else if (!state.device || state.loggedOut) {
    body = (
      <>
        {state.loggedOut && (
          <p class="error" role="alert">
            {t('sessionEnded')}
          </p>
        )}
        <Login email={state.device?.surveyor.email} onLogin={field.login} />
      </>
    )
  } else if (!state.bundle) body = <p role="status">{t('downloading')}</p>
  else body = <ChooseUnit bundle={state.bundle} chosen={chosen} onChange={setChosen} onStart={() => setInterviewing(true)} />

  return (
    <main class="field-main home">
      <header class="field-bar">
        <h1>{t('title')}</h1>
        <LanguageSwitch />
      </header>
      {state.device && (
        <p class="surveyor">
          {t('surveyor', { name: state.device.surveyor.name })}
          {state.device.surveyor.organisationName && ` · ${state.device.surveyor.organisationName}`}
          {` · ${state.device.deviceLabel}`}
        </p>
      )}
      {body}
      {state.device && <SyncStatus state={state} onSync={() => void field.syncNow()} onRefresh={() => void field.refresh()} />}
    </main>
  )
}
