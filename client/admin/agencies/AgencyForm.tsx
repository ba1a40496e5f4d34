import { useState } from 'preact/hooks'
import { AGENCY_KINDS, type AgencyKind } from '../../../shared/agencies/kinds'
import { DEFAULT_OPENING_HOURS } from '../../../shared/agencies/opening-hours'
import type { Agency } from '../../../shared/agencies/schemas'
import { endpoints } from '../../../shared/api/endpoints'
import { call } from '../../api/client'
import { useT } from '../../i18n/translate'
import { adminMessages } from '../messages'
import { Alert } from '../ui/Alert'
import { Field } from '../ui/Field'
import { FormActions } from '../ui/FormActions'
import { useSubmit } from '../ui/use-submit'
import { agencyMessages } from './messages'
import { type AgencyNode, flattenTree, subtreeIds } from './tree'

interface AgencyFormProps {
  roots: AgencyNode[]
  /** The agency to edit; absent to create one. */
  agency?: Agency
  /** The parent preselected for a new agency. */
  parentId?: number | null
  onSaved: () => void
  onCancel: () => void
}

export function AgencyForm({ roots, agency, parentId = null, onSaved, onCancel }: AgencyFormProps) {
  const t = useT(agencyMessages)
  const common = useT(adminMessages)
  const submit = useSubmit()
  const [name, setName] = useState(agency?.name ?? '')
  const [code, setCode] = useState(agency?.code ?? '')
  const [kind, setKind] = useState<AgencyKind>(agency?.kind ?? 'department')
  const [parent, setParent] = useState<number | null>(agency ? agency.parentId : parentId)
  const [hours, setHours] = useState(agency?.openingHours ?? DEFAULT_OPENING_HOURS)
  const toggleDay = (day: number) =>
    setHours({ ...hours, days: hours.days.includes(day) ? hours.days.filter((d) => d !== day) : [...hours.days, day].sort((a, b) => a - b) })
  const excluded = agency ? subtreeIds(roots, agency.id) : new Set<number>()

  const onSubmit = async (event: Event) => {
    event.preventDefault()
    const body = { name, code, kind, parentId: parent, openingHours: hours }
    const ok = await submit.run(() =>
      agency ? call(endpoints.agencies.update, { params: { id: agency.id }, body }) : call(endpoints.agencies.create, { body }),
    )
    if (ok) onSaved()
  }

  return (
    <form class="card form" onSubmit={onSubmit} noValidate>
      <h2>{agency ? t('editTitle', { name: agency.name }) : t('createTitle')}</h2>
      {submit.error && <Alert>{submit.error}</Alert>}
      <Field id="agency-name" label={t('name')} error={submit.fields.name}>
        <input value={name} onInput={(e) => setName(e.currentTarget.value)} />
      </Field>
      <div class="form-row">
        <Field id="agency-code" label={t('code')} hint={t('codeHint')} error={submit.fields.code}>
          <input value={code} onInput={(e) => setCode(e.currentTarget.value)} />
        </Field>
        <Field id="agency-kind" label={t('kind')} error={submit.fields.kind}>
          <select value={kind} onChange={(e) => setKind(e.currentTarget.value as AgencyKind)}>
            {AGENCY_KINDS.map((k) => (
              <option key={k} value={k}>
                {common(`kind.${k}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field id="agency-parent" label={t('parent')} error={submit.fields.parentId}>
        <select value={parent ?? ''} onChange={(e) => setParent(e.currentTarget.value ? Number(e.currentTarget.value) : null)}>
          <option value="">{t('noParent')}</option>
          {flattenTree(roots)
            .filter((node) => !excluded.has(node.agency.id))
            .map((node) => (
              <option key={node.agency.id} value={node.agency.id}>
                {'\u00a0\u00a0'.repeat(node.depth) + node.agency.name}
              </option>
            ))}
        </select>
      </Field>
      <fieldset class="opening-hours">
        <legend>{t('openingHours')}</legend>
        <p class="field-hint">{t('openingHoursHint')}</p>
        <div class="day-choices">
          {[1, 2, 3, 4, 5, 6, 7].map((day) => (
            <label key={day}>
              <input type="checkbox" checked={hours.days.includes(day)} onChange={() => toggleDay(day)} /> {t(`day.${day}` as 'day.1')}
            </label>
          ))}
        </div>
        {submit.fields['openingHours.days'] && (
          <p class="field-error" role="alert">
            {submit.fields['openingHours.days']}
          </p>
        )}
        <div class="form-row">
          <Field id="agency-opens" label={t('opensAt')} error={submit.fields['openingHours.opensAt']}>
            <select value={hours.opensAt} onChange={(e) => setHours({ ...hours, opensAt: Number(e.currentTarget.value) })}>
              {Array.from({ length: 24 }, (_, h) => (
                <option key={h} value={h}>{`${h}:00`}</option>
              ))}
            </select>
          </Field>
          <Field id="agency-closes" label={t('closesAt')} error={submit.fields['openingHours.closesAt']}>
            <select value={hours.closesAt} onChange={(e) => setHours({ ...hours, closesAt: Number(e.currentTarget.value) })}>
              {Array.from({ length: 24 }, (_, h) => (
                <option key={h + 1} value={h + 1}>{`${h + 1}:00`}</option>
              ))}
            </select>
          </Field>
        </div>
      </fieldset>
      <FormActions busy={submit.busy} onCancel={onCancel} />
    </form>
  )
}
