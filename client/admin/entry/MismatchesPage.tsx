import { useState } from 'preact/hooks'
import { useRoute } from 'preact-iso'
import { endpoints } from '../../../shared/api/endpoints'
import { localize } from '../../../shared/languages'
import { type FieldValue, type PaperField, paperFields } from '../../../shared/paper/fields'
import type { PaperForm, PaperFormOutcome } from '../../../shared/paper/schemas'
import { formatSerial } from '../../../shared/paper/serial'
import { call } from '../../api/client'
import { useLanguage } from '../../i18n/language'
import { useT } from '../../i18n/translate'
import { adminMessages } from '../messages'
import { useUser } from '../session'
import { Alert } from '../ui/Alert'
import { ListTable } from '../ui/ListPage'
import { Loaded } from '../ui/Loaded'
import { useReloadable } from '../ui/use-reloadable'
import { describeEntryError, describeValue } from './describe-entry'
import { entryMessages } from './messages'
import './entry.css'

/** `/field/entry/mismatches`: forms whose two entries differ, for a third person. */
export function MismatchesPage() {
  const t = useT(entryMessages)
  const [resource] = useReloadable((signal) => call(endpoints.paperForms.list, { query: { state: 'mismatch' }, signal }))
  return (
    <section>
      <p>
        <a href="/field/entry">← {t('title')}</a>
      </p>
      <h1>{t('mismatches')}</h1>
      <Loaded resource={resource}>
        {(forms) =>
          forms.length === 0 ? (
            <p class="muted">{t('noMismatches')}</p>
          ) : (
            <ListTable headers={[t('serial'), t('unit'), t('campaign'), t('enteredBy')]}>
              {forms.map((f) => (
                <tr key={f.serial}>
                  <td>
                    <a href={`/field/entry/mismatches/${f.serial}`}>{formatSerial(f.serial)}</a>
                  </td>
                  <td>{f.unitName}</td>
                  <td>{f.campaignName}</td>
                  <td>{f.enteredBy.join(', ')}</td>
                </tr>
              ))}
            </ListTable>
          )
        }
      </Loaded>
    </section>
  )
}

/** What a differing field may be resolved to: one of its options, or no answer (the select keeps the index). */
function choicesOf(field: PaperField): FieldValue[] {
  if (field.kind === 'multi') return []
  return [...field.options.map((o) => o.value), null]
}

function ResolveForm({ paper, onResolved }: { paper: PaperForm; onResolved: (outcome: PaperFormOutcome) => void }) {
  const t = useT(entryMessages)
  const ta = useT(adminMessages)
  const lang = useLanguage()
  const fields = paperFields(paper.definition)
  const [values, setValues] = useState<Record<string, FieldValue>>({})
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const fieldOf = (key: string) => fields.find((f) => f.key === key)!
  const [first, second] = paper.entries

  const submit = async (event: Event) => {
    event.preventDefault()
    setBusy(true)
    setError(null)
    try {
      onResolved(await call(endpoints.paperForms.resolve, { params: { serial: paper.serial }, body: { values } }))
    } catch (err) {
      setError(describeEntryError(t, ta, err, paper.serial, fields, lang))
    } finally {
      setBusy(false)
    }
  }

  return (
    <form class="card" onSubmit={submit} noValidate>
      {error && <Alert>{error}</Alert>}
      <div class="table-wrap">
        <table class="table resolve-table">
          <thead>
            <tr>
              <th scope="col">{t('questionColumn')}</th>
              <th scope="col">{first?.userName}</th>
              <th scope="col">{second?.userName}</th>
              <th scope="col">{t('onPaper')}</th>
            </tr>
          </thead>
          <tbody>
            {paper.mismatches.map((m) => {
              const field = fieldOf(m.field)
              const id = `resolve-${m.field}`
              const label = `${fields.indexOf(field) + 1}. ${localize(field.label, lang)}`
              return (
                <tr key={m.field}>
                  <th scope="row">
                    <label for={id}>{label}</label>
                  </th>
                  <td>{describeValue(field, m.first, lang, t)}</td>
                  <td>{describeValue(field, m.second, lang, t)}</td>
                  <td>
                    {field.kind === 'text' ? (
                      <input id={id} onInput={(e) => setValues({ ...values, [m.field]: e.currentTarget.value.trim() || null })} />
                    ) : field.kind === 'multi' ? (
                      <fieldset id={id} class="choice-row">
                        <legend class="visually-hidden">{label}</legend>
                        {field.options.map((o) => {
                          const chosen = (values[m.field] as string[] | undefined) ?? []
                          return (
                            <label key={o.code} class="check">
                              <input
                                type="checkbox"
                                checked={chosen.includes(o.value as string)}
                                onChange={(e) =>
                                  setValues({
                                    ...values,
                                    [m.field]: e.currentTarget.checked ? [...chosen, o.value as string] : chosen.filter((v) => v !== o.value),
                                  })
                                }
                              />
                              {o.code} · {localize(o.label, lang)}
                            </label>
                          )
                        })}
                      </fieldset>
                    ) : (
                      <select
                        id={id}
                        required
                        onChange={(e) => {
                          const chosen = choicesOf(field)[Number(e.currentTarget.value)]
                          const { [m.field]: _, ...others } = values
                          setValues(chosen === undefined ? others : { ...values, [m.field]: chosen })
                        }}
                      >
                        <option value="-1">{t('choose')}</option>
                        {choicesOf(field).map((value, index) => (
                          <option key={String(value)} value={index}>
                            {describeValue(field, value, lang, t)}
                          </option>
                        ))}
                      </select>
                    )}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      <div class="actions">
        <button type="submit" class="button primary" disabled={busy}>
          {t('resolve')}
        </button>
      </div>
    </form>
  )
}

/** `/field/entry/mismatches/:serial`: the differing answers side by side, resolved against the paper. */
export function ResolvePage() {
  const t = useT(entryMessages)
  const user = useUser()
  const { params } = useRoute()
  const serial = params.serial!
  const [resource] = useReloadable((signal) => call(endpoints.paperForms.get, { params: { serial }, signal }), [serial])
  const [outcome, setOutcome] = useState<PaperFormOutcome | null>(null)
  return (
    <section>
      <p>
        <a href="/field/entry/mismatches">← {t('back')}</a>
      </p>
      <Loaded resource={resource}>
        {(paper) => (
          <>
            <h1>{t('resolveTitle', { serial: formatSerial(paper.serial) })}</h1>
            <p class="muted">
              {paper.unitName} · {paper.campaignName}
            </p>
            {outcome ? (
              <Alert kind="success">{t('resolved', { serial: formatSerial(outcome.serial) })}</Alert>
            ) : paper.state === 'counted' ? (
              <Alert>{t('serialSpent', { serial: formatSerial(paper.serial) })}</Alert>
            ) : paper.entries.some((e) => e.userId === user.id) ? (
              <Alert kind="warning">{t('ownEntry')}</Alert>
            ) : (
              <>
                <p>{t('resolveIntro')}</p>
                <ResolveForm paper={paper} onResolved={setOutcome} />
              </>
            )}
          </>
        )}
      </Loaded>
    </section>
  )
}
