import { useState } from 'preact/hooks'
import { endpoints } from '../../../shared/api/endpoints'
import type { Campaign } from '../../../shared/campaigns/schemas'
import type { ImportResult, NationalProvince } from '../../../shared/national/schemas'
import { QUESTIONNAIRE_KINDS, type QuestionnaireKind } from '../../../shared/questionnaires/schemas'
import { api, call, withQuery } from '../../api/client'
import { useLanguage } from '../../i18n/language'
import { useT } from '../../i18n/translate'
import { resultsMessages } from '../results/messages'
import { FigureCell, FigureHeaders } from '../results/parts'
import { formatFigure } from '../results/view-model'
import { Alert } from '../ui/Alert'
import { Field } from '../ui/Field'
import { Loaded } from '../ui/Loaded'
import { useReloadable } from '../ui/use-reloadable'
import { useSubmit } from '../ui/use-submit'
import { nationalMessages } from './messages'

function ProvinceKey({ campaigns }: { campaigns: Campaign[] }) {
  const t = useT(nationalMessages)
  const [resource] = useReloadable((signal) => call(endpoints.national.key, { signal }))
  const [campaignId, setCampaignId] = useState(campaigns[0]?.id)
  return (
    <div class="card">
      <h2>{t('keyTitle')}</h2>
      <p class="muted">{t('keyHint')}</p>
      <Loaded resource={resource}>
        {(key) => (
          <dl class="facts">
            <dt>{t('fingerprint')}</dt>
            <dd>
              <code>{key.fingerprint}</code>
            </dd>
            <dt>{t('publicKey')}</dt>
            <dd>
              <code class="wrap">{key.publicKey}</code>
            </dd>
          </dl>
        )}
      </Loaded>
      <h3>{t('bundleTitle')}</h3>
      <p class="muted">{t('bundleHint')}</p>
      <div class="form-row">
        <Field id="bundle-campaign" label={t('campaign')}>
          <select value={campaignId} onChange={(e) => setCampaignId(Number(e.currentTarget.value))}>
            {campaigns.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} ({c.year})
              </option>
            ))}
          </select>
        </Field>
      </div>
      {campaignId !== undefined && (
        <div class="actions">
          <a class="button" href={`/api/v1/campaigns/${campaignId}/bundle`} download>
            {t('download')}
          </a>
        </div>
      )}
    </div>
  )
}

function Provinces({ provinces, onChange }: { provinces: NationalProvince[]; onChange: () => void }) {
  const t = useT(nationalMessages)
  const register = useSubmit()
  const upload = useSubmit()
  const [form, setForm] = useState({ code: '', name: '', publicKey: '' })
  const [done, setDone] = useState<string | null>(null)
  const set = (key: keyof typeof form) => (e: Event) => setForm({ ...form, [key]: (e.currentTarget as HTMLInputElement).value })
  const onRegister = async (event: Event) => {
    event.preventDefault()
    setDone(null)
    if (await register.run(() => call(endpoints.national.registerProvince, { body: form }))) {
      setDone(t('registered', { name: form.name }))
      setForm({ code: '', name: '', publicKey: '' })
      onChange()
    }
  }
  const onImport = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement
    const file = input.files?.[0]
    if (!file) return
    setDone(null)
    await upload.run(async () => {
      const result = await api<ImportResult>('/national/bundles', { body: file, contentType: 'application/json' })
      setDone(t(result.status, { province: result.province, campaign: result.campaign, units: result.units }))
      onChange()
    })
    input.value = ''
  }
  return (
    <div class="card">
      <h2>{t('provincesTitle')}</h2>
      {done && <Alert kind="success">{done}</Alert>}
      {provinces.length === 0 ? (
        <p class="muted">{t('noProvinces')}</p>
      ) : (
        <div class="table-wrap section-gap">
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{t('code')}</th>
                <th scope="col">{t('name')}</th>
                <th scope="col">{t('fingerprint')}</th>
                <th scope="col" class="num">
                  {t('bundles')}
                </th>
              </tr>
            </thead>
            <tbody>
              {provinces.map((p) => (
                <tr key={p.code}>
                  <td>{p.code}</td>
                  <td>{p.name}</td>
                  <td>
                    <code>{p.fingerprint}</code>
                  </td>
                  <td class="num">{p.bundles}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form class="form" onSubmit={onRegister} noValidate>
        {register.error && <Alert>{register.error}</Alert>}
        <div class="form-row">
          <Field id="province-code" label={t('code')} error={register.fields.code}>
            <input value={form.code} onInput={set('code')} autocapitalize="characters" />
          </Field>
          <Field id="province-name" label={t('name')} error={register.fields.name}>
            <input value={form.name} onInput={set('name')} />
          </Field>
        </div>
        <Field id="province-key" label={t('publicKey')} error={register.fields.publicKey}>
          <input value={form.publicKey} onInput={set('publicKey')} spellcheck={false} />
        </Field>
        <div class="actions">
          <button type="submit" class="button" disabled={register.busy}>
            {t('register')}
          </button>
        </div>
      </form>
      <h3 class="section-gap">{t('importTitle')}</h3>
      {upload.error && <Alert>{upload.error}</Alert>}
      <Field id="bundle-file" label={t('file')}>
        <input type="file" accept="application/json,.json" onChange={onImport} disabled={upload.busy} />
      </Field>
    </div>
  )
}

/** Its own state, outside the page's reloads; `imports` counts the bundles imported on this page, each of which may change it. */
function Ranking({ imports }: { imports: number }) {
  const t = useT(nationalMessages)
  const results = useT(resultsMessages)
  const lang = useLanguage()
  const [query, setQuery] = useState({ year: new Date().getFullYear(), kind: 'sipas2022' as QuestionnaireKind })
  const [resource] = useReloadable((signal) => call(endpoints.national.ranking, { query, signal }), [query.year, query.kind, imports])
  // what is typed survives a re-render (an import's reload) before it is committed on change
  const [yearDraft, setYearDraft] = useState(String(query.year))
  return (
    <div class="card">
      <h2>{t('rankingTitle')}</h2>
      <div class="form-row">
        <Field id="ranking-year" label={t('year')}>
          <input
            type="number"
            inputMode="numeric"
            value={yearDraft}
            onInput={(e) => setYearDraft(e.currentTarget.value)}
            onChange={(e) => {
              const year = Number(e.currentTarget.value)
              setQuery((q) => ({ ...q, year }))
            }}
          />
        </Field>
        <Field id="ranking-kind" label={t('kind')}>
          <select
            value={query.kind}
            onChange={(e) => {
              const kind = e.currentTarget.value as QuestionnaireKind
              setQuery((q) => ({ ...q, kind }))
            }}
          >
            {QUESTIONNAIRE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {results(`compare.kind.${kind}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Loaded resource={resource}>
        {(ranking) =>
          ranking.provinces.length === 0 ? (
            <p class="muted">{t('noBundles')}</p>
          ) : (
            <>
              <div class="actions">
                <a class="button" href={withQuery('/api/v1/national/ranking.xlsx', query)} download>
                  {t('downloadRanking')}
                </a>
              </div>
              <h3>{t('provinces')}</h3>
              <div class="table-wrap">
                <table class="table provinces-ranking">
                  <thead>
                    <tr>
                      <th scope="col">{t('rank')}</th>
                      <th scope="col">{t('province')}</th>
                      <th scope="col" class="num">
                        {t('index')}
                      </th>
                      <th scope="col" class="num">
                        {t('units')}
                      </th>
                      <th scope="col" class="num">
                        {t('n')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {ranking.provinces.map((p) => (
                      <tr key={p.code}>
                        <td>{p.rank ?? t('unranked')}</td>
                        <td>{p.name}</td>
                        <td class="num">{formatFigure(p.index, ranking.unit, lang)}</td>
                        <td class="num">{p.units}</td>
                        <td class="num">{p.n}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <h3>{t('unitsTitle')}</h3>
              <div class="table-wrap">
                <table class="table units-ranking">
                  <thead>
                    <tr>
                      <th scope="col">{t('rank')}</th>
                      <th scope="col">{t('province')}</th>
                      <th scope="col">{t('unit')}</th>
                      <FigureHeaders index={t('index')} />
                    </tr>
                  </thead>
                  <tbody>
                    {ranking.units.map((u) => (
                      <tr key={`${u.provinceCode}/${u.code}`}>
                        <td>{u.rank ?? t('unranked')}</td>
                        <td>{u.provinceName}</td>
                        <td>{u.name}</td>
                        <FigureCell estimate={u.sipas} unit={ranking.unit} />
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )
        }
      </Loaded>
    </div>
  )
}

/** Admins: this installation's signing key and bundles; and, on a national installation, provinces, imports and the ranking. */
export function NationalPage() {
  const t = useT(nationalMessages)
  const [resource, reload] = useReloadable(async (signal) => {
    const [campaigns, provinces] = await Promise.all([call(endpoints.campaigns.list, { signal }), call(endpoints.national.provinces, { signal })])
    return { campaigns, provinces }
  })
  const [imports, setImports] = useState(0)
  const onChange = () => {
    reload()
    setImports((n) => n + 1)
  }
  return (
    <section>
      <div class="page-head">
        <div>
          <h1>{t('title')}</h1>
          <p class="muted">{t('intro')}</p>
        </div>
      </div>
      <Loaded resource={resource}>
        {({ campaigns, provinces }) => (
          <>
            <ProvinceKey campaigns={campaigns} />
            <Provinces provinces={provinces} onChange={onChange} />
          </>
        )}
      </Loaded>
      <Ranking imports={imports} />
    </section>
  )
}
