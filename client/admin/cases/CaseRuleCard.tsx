import { useState } from 'preact/hooks'
import { endpoints } from '../../../shared/api/endpoints'
import type { Campaign } from '../../../shared/campaigns/schemas'
import { CASE_RULES, type CaseRule } from '../../../shared/cases/schemas'
import { call } from '../../api/client'
import { useT } from '../../i18n/translate'
import { Alert } from '../ui/Alert'
import { Field } from '../ui/Field'
import { useSubmit } from '../ui/use-submit'
import { casesMessages } from './messages'

/** On a campaign's page (admins): which answers with a comment open a feedback case for the unit. */
export function CaseRuleCard({ campaign, onSaved }: { campaign: Campaign; onSaved: () => void }) {
  const t = useT(casesMessages)
  const [rule, setRule] = useState<CaseRule>(campaign.caseRule)
  const submit = useSubmit()
  const save = async (event: Event) => {
    event.preventDefault()
    if (await submit.run(() => call(endpoints.campaigns.update, { params: { id: campaign.id }, body: { caseRule: rule } }))) onSaved()
  }
  return (
    <form class="card form narrow" onSubmit={save}>
      <h2>{t('rule.title')}</h2>
      {submit.error && <Alert>{submit.error}</Alert>}
      <Field id="case-rule" label={t('rule.label')} error={submit.fields.caseRule}>
        <select value={rule} onChange={(e) => setRule(e.currentTarget.value as CaseRule)}>
          {CASE_RULES.map((value) => (
            <option key={value} value={value}>
              {t(`rule.${value}`)}
            </option>
          ))}
        </select>
      </Field>
      <button type="submit" class="button" disabled={submit.busy || rule === campaign.caseRule}>
        {t('save')}
      </button>
    </form>
  )
}
