import { useState } from 'preact/hooks'
import type { Agency } from '../../../shared/agencies/schemas'
import { endpoints } from '../../../shared/api/endpoints'
import { call } from '../../api/client'
import { useT } from '../../i18n/translate'
import { adminMessages } from '../messages'
import { can, useUser } from '../session'
import { Alert } from '../ui/Alert'
import { PageHead } from '../ui/ListPage'
import { Loaded } from '../ui/Loaded'
import { useReloadable } from '../ui/use-reloadable'
import { useSubmit } from '../ui/use-submit'
import { AgencyForm } from './AgencyForm'
import { AgencyTree } from './AgencyTree'
import { ImportAgencies } from './ImportAgencies'
import { agencyMessages } from './messages'
import { buildAgencyTree } from './tree'

type Panel = { mode: 'create'; parentId: number | null } | { mode: 'edit'; agency: Agency } | { mode: 'import' } | null

export function AgenciesPage() {
  const t = useT(agencyMessages)
  const common = useT(adminMessages)
  const user = useUser()
  const admin = can(user, 'manageSetup')
  const [agencies, reload] = useReloadable((signal) => call(endpoints.agencies.list, { signal }))
  const [panel, setPanel] = useState<Panel>(null)
  const [showInactive, setShowInactive] = useState(false)
  const toggleActive = useSubmit()

  const setActive = async (agency: Agency, active: boolean) => {
    if (!active && !confirm(t('confirmDeactivate', { name: agency.name }))) return
    if (await toggleActive.run(() => call(endpoints.agencies.update, { params: { id: agency.id }, body: { active } }))) reload()
  }
  const saved = () => {
    setPanel(null)
    reload()
  }

  return (
    <section>
      <PageHead title={t('title')} intro={t('intro')}>
        {admin && (
          <div class="toolbar">
            <button type="button" class="button primary" onClick={() => setPanel({ mode: 'create', parentId: null })}>
              {t('add')}
            </button>
            <button type="button" class="button" onClick={() => setPanel({ mode: 'import' })}>
              {t('import')}
            </button>
          </div>
        )}
      </PageHead>
      {toggleActive.error && <Alert>{toggleActive.error}</Alert>}
      <Loaded resource={agencies}>
        {(list) => {
          const roots = buildAgencyTree(showInactive ? list : list.filter((a) => a.active))
          return (
            <div class="split">
              <div>
                <label class="check">
                  <input type="checkbox" checked={showInactive} onChange={(e) => setShowInactive(e.currentTarget.checked)} /> {t('showInactive')}
                </label>
                {roots.length === 0 ? (
                  <p class="muted">{t('empty')}</p>
                ) : (
                  <AgencyTree
                    roots={roots}
                    row={({ agency }) => (
                      <>
                        <span class="tree-label">
                          <strong>{agency.name}</strong> <code>{agency.code}</code>{' '}
                          <small class="muted">
                            {common(`kind.${agency.kind}`)}
                            {!agency.active && ` · ${t('inactive')}`}
                          </small>
                        </span>
                        {admin && (
                          <span class="row-actions">
                            <button type="button" class="button small" onClick={() => setPanel({ mode: 'edit', agency })}>
                              {common('common.edit')}
                            </button>
                            <button type="button" class="button small" onClick={() => setPanel({ mode: 'create', parentId: agency.id })}>
                              {t('addChild')}
                            </button>
                            <button type="button" class="button small" onClick={() => setActive(agency, !agency.active)}>
                              {agency.active ? t('deactivate') : t('reactivate')}
                            </button>
                          </span>
                        )}
                      </>
                    )}
                  />
                )}
              </div>
              {panel && (
                <div class="side-panel">
                  {panel.mode === 'import' ? (
                    <ImportAgencies onImported={reload} onClose={() => setPanel(null)} />
                  ) : (
                    <AgencyForm
                      key={panel.mode === 'edit' ? `edit-${panel.agency.id}` : `create-${panel.parentId}`}
                      roots={buildAgencyTree(list)}
                      agency={panel.mode === 'edit' ? panel.agency : undefined}
                      parentId={panel.mode === 'create' ? panel.parentId : undefined}
                      onSaved={saved}
                      onCancel={() => setPanel(null)}
                    />
                  )}
                </div>
              )}
            </div>
          )
        }}
      </Loaded>
    </section>
  )
}
