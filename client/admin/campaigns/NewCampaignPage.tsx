import { useLocation } from 'preact-iso'
import { api } from '../../api/client'
import { useT } from '../../i18n/translate'
import type { Campaign } from '../../../shared/campaigns/schemas'
import type { QuestionnaireSummary } from '../../../shared/questionnaires/schemas'
import { adminMessages } from '../messages'
import { Loaded } from '../ui/Loaded'
import { useReloadable } from '../ui/use-reloadable'
import { CampaignForm, defaultPeriod, todayInVietnam } from './CampaignForm'
import { campaignMessages } from './messages'

export function NewCampaignPage() {
  const t = useT(campaignMessages)
  const common = useT(adminMessages)
  const { route } = useLocation()
  const [questionnaires] = useReloadable((signal) => api<QuestionnaireSummary[]>('/questionnaires', { signal }))
  const thisYear = Number(todayInVietnam().slice(0, 4))

  return (
    <section>
      <p>
        <a href="/admin/campaigns">← {t('title')}</a>
      </p>
      <Loaded resource={questionnaires}>
        {(list) => (
          <CampaignForm
            id="campaign"
            title={<h1>{t('createTitle')}</h1>}
            initial={{ name: '', year: thisYear, ...defaultPeriod(thisYear), questionnaireId: undefined }}
            questionnaires={list}
            followYear={(year) => defaultPeriod(year)}
            submitLabel={t('createNext')}
            onSubmit={async (body) => {
              const campaign = await api<Campaign>('/campaigns', { body })
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
