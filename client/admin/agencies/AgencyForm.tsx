import { useState } from 'preact/hooks'
import { AGENCY_KINDS, type AgencyKind } from '../../../shared/agencies/kinds'
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
  const excluded = agency ? subtreeIds(roots, agency.id) : new Set<number>()

  const onSubmit = async (event: Event) => {
    event.preventDefault()
    const body = { name, code, kind, parentId: parent }
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
      <FormActions busy={submit.busy} onCancel={onCancel} />
    </form>
  )
}
