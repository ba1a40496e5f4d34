import { endpoints } from '../../../shared/api/endpoints'
import type { Campaign } from '../../../shared/campaigns/schemas'
import type { Publication } from '../../../shared/publication/schemas'
import { call } from '../../api/client'
import { formatDate } from '../../i18n/format'
import { useLanguage } from '../../i18n/language'
import { useT } from '../../i18n/translate'
import { Alert } from '../ui/Alert'
import { Loaded } from '../ui/Loaded'
import { useReloadable } from '../ui/use-reloadable'
import { useSubmit } from '../ui/use-submit'
import { publicationMessages } from './messages'

/** An admin publishes a closed campaign's results at /ket-qua, or withdraws them. */
export function PublicationCard({ campaign }: { campaign: Campaign }) {
  const t = useT(publicationMessages)
  const lang = useLanguage()
  const submit = useSubmit()
  const [resource, reload] = useReloadable((signal) => call(endpoints.publication.get, { params: { id: campaign.id }, signal }), [campaign.id, campaign.status])
  const change = async (publication: Publication) => {
    if (!confirm(t(publication.published ? 'confirmWithdraw' : 'confirmPublish', { name: campaign.name }))) return
    const change = publication.published ? endpoints.publication.withdraw : endpoints.publication.publish
    if (await submit.run(() => call(change, { params: { id: campaign.id } }))) reload()
  }
  return (
    <section class="card" aria-labelledby="publication-title">
      <h2 id="publication-title">{t('title')}</h2>
      <Loaded resource={resource}>
        {(publication) => (
          <>
            <p>{publication.published && publication.publishedAt ? t('published', { date: formatDate(publication.publishedAt, lang) }) : t('notPublished')}</p>
            {!publication.published && campaign.status !== 'closed' && <p class="muted">{t('onlyClosed')}</p>}
            {submit.error && <Alert>{Object.values(submit.fields)[0] ?? submit.error}</Alert>}
            <div class="actions">
              {(publication.published || campaign.status === 'closed') && (
                <button
                  type="button"
                  class={publication.published ? 'button danger' : 'button primary'}
                  disabled={submit.busy}
                  onClick={() => change(publication)}
                >
                  {t(publication.published ? 'withdraw' : 'publish')}
                </button>
              )}
              {publication.published && (
                <a class="button" href={`/ket-qua/${campaign.id}`}>
                  {t('openPublic')}
                </a>
              )}
            </div>
          </>
        )}
      </Loaded>
    </section>
  )
}
