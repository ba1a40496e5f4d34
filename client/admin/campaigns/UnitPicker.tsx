import type { Agency } from '../../../shared/agencies/schemas'
import { RECOMMENDED_UNITS_PER_CAMPAIGN } from '../../../shared/campaigns/plan'
import { useT } from '../../i18n/translate'
import { AgencyTree } from '../agencies/AgencyTree'
import { buildAgencyTree, countBelow } from '../agencies/tree'
import { adminMessages } from '../messages'
import { Alert } from '../ui/Alert'
import { campaignMessages } from './messages'

interface UnitPickerProps {
  agencies: Agency[]
  selected: ReadonlySet<number>
  onChange: (selected: Set<number>) => void
  error?: string | undefined
}

/**
 * Units ticked in the agency tree; more than the plan's 5 a year is allowed, with a warning.
 * The tree opens down to every ticked unit, and a collapsed agency says how many it hides.
 */
export function UnitPicker({ agencies, selected, onChange, error }: UnitPickerProps) {
  const t = useT(campaignMessages)
  const common = useT(adminMessages)
  // inactive agencies stay listed while they are chosen, so they can be unticked
  const shown = agencies.filter((a) => a.active || selected.has(a.id))
  const roots = buildAgencyTree(shown)
  const tickedBelow = countBelow(shown, selected)
  const toggle = (id: number, on: boolean) => {
    const next = new Set(selected)
    if (on) next.add(id)
    else next.delete(id)
    onChange(next)
  }
  return (
    <div class="unit-picker">
      <p class="picker-count" aria-live="polite">
        <strong>{t('selected', { count: selected.size })}</strong>
      </p>
      {selected.size > RECOMMENDED_UNITS_PER_CAMPAIGN && (
        <Alert kind="warning">{t('overPlan', { max: RECOMMENDED_UNITS_PER_CAMPAIGN, count: selected.size })}</Alert>
      )}
      {error && <Alert>{error}</Alert>}
      <AgencyTree
        roots={roots}
        initiallyOpen={tickedBelow.keys()}
        collapsedNote={({ agency }) => tickedBelow.has(agency.id) && <span class="tree-note">{t('tickedBelow', { count: tickedBelow.get(agency.id)! })}</span>}
        row={({ agency }) => (
          <label class="check tree-label">
            <input type="checkbox" checked={selected.has(agency.id)} onChange={(e) => toggle(agency.id, e.currentTarget.checked)} />
            <span>
              {agency.name} <small class="muted">{common(`kind.${agency.kind}`)}</small>
            </span>
          </label>
        )}
      />
    </div>
  )
}
