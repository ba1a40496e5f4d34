import { useState } from 'preact/hooks'
import { endpoints } from '../../../shared/api/endpoints'
import type { UnitIndices } from '../../../shared/indices/schemas'
import { unitTarget } from '../../../shared/targets/sample-size'
import type { CampaignTargets } from '../../../shared/targets/schemas'
import { call } from '../../api/client'
import { useT } from '../../i18n/translate'
import { Alert } from '../ui/Alert'
import { Field } from '../ui/Field'
import { Loaded } from '../ui/Loaded'
import { useReloadable } from '../ui/use-reloadable'
import { useSubmit } from '../ui/use-submit'
import { targetMessages } from './messages'
import { TargetProgress } from './TargetProgress'

async function loadTargets(campaignId: number, signal: AbortSignal) {
  const [targets, indices] = await Promise.all([
    call(endpoints.targets.get, { params: { id: campaignId }, signal }),
    call(endpoints.indices.campaign, { params: { id: campaignId }, signal }),
  ])
  return { targets, answered: new Map(indices.units.map((u) => [u.agencyId, u])) }
}

function TargetsForm({
  targets,
  answered,
  admin,
  onSaved,
}: {
  targets: CampaignTargets
  answered: Map<number, UnitIndices>
  admin: boolean
  onSaved: () => void
}) {
  const t = useT(targetMessages)
  const submit = useSubmit()
  const [margin, setMargin] = useState(String(targets.margin))
  const [defaultTarget, setDefaultTarget] = useState(targets.defaultTarget === null ? '' : String(targets.defaultTarget))
  const [counts, setCounts] = useState(() => new Map(targets.units.map((u) => [u.agencyId, u.transactions === null ? '' : String(u.transactions)])))
  const [saved, setSaved] = useState(false)
  const number = (text: string) => (text.trim() === '' ? null : Number(text.replace(',', '.')))
  const save = async () => {
    setSaved(false)
    const body = {
      margin: number(margin) ?? undefined,
      defaultTarget: number(defaultTarget),
      units: targets.units.map((u) => ({ agencyId: u.agencyId, transactions: number(counts.get(u.agencyId) ?? '') })),
    }
    if (await submit.run(() => call(endpoints.targets.set, { params: { id: targets.campaignId }, body }))) {
      setSaved(true)
      onSaved()
    }
  }
  const upload = async (file: File) => {
    setSaved(false)
    if (
      await submit.run(async () => call(endpoints.targets.import, { params: { id: targets.campaignId }, upload: await file.text(), contentType: 'text/csv' }))
    )
      onSaved()
  }
  const e = number(margin) ?? targets.margin
  const fallback = number(defaultTarget)
  return (
    <>
      {submit.error && (
        <Alert>
          {Object.entries(submit.fields)
            .map(([k, v]) => `${k}: ${v}`)
            .join('; ') || submit.error}
        </Alert>
      )}
      {admin && (
        <div class="form-row">
          <Field id="target-margin" label={t('margin')} error={submit.fields.margin}>
            <input inputMode="decimal" value={margin} onInput={(ev) => setMargin(ev.currentTarget.value)} />
          </Field>
          <Field id="target-default" label={t('defaultTarget')} error={submit.fields.defaultTarget}>
            <input type="number" inputMode="numeric" value={defaultTarget} onInput={(ev) => setDefaultTarget(ev.currentTarget.value)} />
          </Field>
        </div>
      )}
      <div class="table-wrap">
        <table class="table">
          <thead>
            <tr>
              <th>{t('unit')}</th>
              <th>{t('transactions')}</th>
              <th>{t('target')}</th>
              <th>{t('progress')}</th>
            </tr>
          </thead>
          <tbody>
            {targets.units.map((u, i) => {
              const typed = counts.get(u.agencyId) ?? ''
              const n = number(typed)
              const target = Number.isInteger(n) && n! >= 0 ? unitTarget(n, e, fallback) : u.target
              return (
                <tr key={u.agencyId}>
                  <td>{u.name}</td>
                  <td>
                    {admin ? (
                      <input
                        class="narrow-input"
                        type="number"
                        inputMode="numeric"
                        min={0}
                        aria-label={`${t('transactions')}: ${u.name}`}
                        aria-invalid={submit.fields[`units.${i}.transactions`] ? 'true' : undefined}
                        value={typed}
                        onInput={(ev) => setCounts(new Map(counts).set(u.agencyId, ev.currentTarget.value))}
                      />
                    ) : (
                      (u.transactions ?? '—')
                    )}
                  </td>
                  <td>{target ?? '—'}</td>
                  <td>
                    <TargetProgress n={answered.get(u.agencyId)?.n ?? 0} target={target} channels={answered.get(u.agencyId)?.channels} />
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      {admin && (
        <div class="actions">
          <button type="button" class="button primary" disabled={submit.busy} onClick={save}>
            {t('save')}
          </button>
          <label class="button">
            {t('csv')}
            <input
              type="file"
              accept=".csv,text/csv"
              class="visually-hidden"
              onChange={(ev) => ev.currentTarget.files?.[0] && upload(ev.currentTarget.files[0])}
            />
          </label>
          {saved && <span role="status">{t('saved')}</span>}
        </div>
      )}
    </>
  )
}

/** The campaign's sample targets and each unit's progress towards its target. */
export function TargetsCard({ campaignId, admin }: { campaignId: number; admin: boolean }) {
  const t = useT(targetMessages)
  const [resource, reload] = useReloadable((signal) => loadTargets(campaignId, signal), [campaignId])
  return (
    <section class="card">
      <h2>{t('title')}</h2>
      <p class="muted">{t('formula')}</p>
      <Loaded resource={resource}>
        {({ targets, answered }) => <TargetsForm key={JSON.stringify(targets)} targets={targets} answered={answered} admin={admin} onSaved={reload} />}
      </Loaded>
    </section>
  )
}
