import { useLocation } from 'preact-iso'
import { endpoints } from '../../../shared/api/endpoints'
import { yearInVietnam } from '../../../shared/calendar/vietnam-time'
import type { CreateCampaign } from '../../../shared/campaigns/schemas'
import { call } from '../../api/client'
import { useT } from '../../i18n/translate'
import { adminMessages } from '../messages'
import { planMessages } from '../plans/messages'
import { Loaded } from '../ui/Loaded'
import { useReloadable } from '../ui/use-reloadable'
import { CampaignForm, defaultPeriod } from './CampaignForm'
import { campaignMessages } from './messages'

export function NewCampaignPage() {
  const t = useT(campaignMessages)
  const common = useT(adminMessages)
  const { route, query } = useLocation()
  const planT = useT(planMessages)
  // From a plan page's year: the campaign belongs to the plan and starts with that year's units.
  const planId = query.planId ? Number(query.planId) : undefined
  const [questionnaires] = useReloadable((signal) => call(endpoints.questionnaires.list, { signal }))
  const thisYear = yearInVietnam()
  const firstYear = query.year ? Number(query.year) : thisYear

  return (
    <section>
      <p>
        <a href="/admin/campaigns">← {t('title')}</a>
      </p>
      <Loaded resource={questionnaires}>
        {(list) => (
          <CampaignForm
            id="campaign"
            title={
              <>
                <h1>{t('createTitle')}</h1>
                {planId && <p class="muted">{planT('forPlan')}</p>}
              </>
            }
            initial={{ name: '', year: firstYear, ...defaultPeriod(firstYear), questionnaireId: undefined }}
            questionnaires={list}
            followYear={(year) => defaultPeriod(year)}
            submitLabel={t('createNext')}
            onSubmit={async (body) => {
              // a field left empty goes as it is: the server names every missing field at once
              const campaign = await call(endpoints.campaigns.create, { body: { ...body, planId } as CreateCampaign })
              if (planId) {
                const { agencyIds } = await call(endpoints.plans.yearUnits, { params: { id: planId, year: campaign.year } })
                if (agencyIds.length) await call(endpoints.campaigns.setUnits, { params: { id: campaign.id }, body: { agencyIds } })
              }
              route(`/admin/campaigns/${campaign.id}`)
            }}
          >
            <a class="button" href="/admin/campaigns">
              {common('common.cancel')}
            </a>
          </CampaignForm>
        )}
      </Loaded>
    </section>
  )
}
