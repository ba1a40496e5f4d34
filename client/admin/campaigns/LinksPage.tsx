import { useState } from 'preact/hooks'
import { useRoute } from 'preact-iso'
import type { Agency } from '../../../shared/agencies/schemas'
import { endpoints } from '../../../shared/api/endpoints'
import type { Campaign } from '../../../shared/campaigns/schemas'
import type { LanguageInfo } from '../../../shared/language-packs/schemas'
import { isLoopbackUrl } from '../../../shared/links/public-url'
import { MAX_RECEIPTS_PER_BATCH } from '../../../shared/links/receipts'
import type { Channel, SurveyLink } from '../../../shared/links/schemas'
import { MAX_PAPER_FORMS_PER_BATCH } from '../../../shared/paper/serial'
import { call } from '../../api/client'
import { useLanguage } from '../../i18n/language'
import { useT } from '../../i18n/translate'
import { DEFAULT_LINK_LANGUAGES, type LinkLanguages, LinkLanguagesField } from '../languages/LinkLanguagesField'
import { languageMessages } from '../languages/messages'
import { Alert } from '../ui/Alert'
import { formatVietnamDay } from '../ui/dates'
import { Field } from '../ui/Field'
import { FormActions } from '../ui/FormActions'
import { Loaded } from '../ui/Loaded'
import { useReloadable } from '../ui/use-reloadable'
import { useSubmit } from '../ui/use-submit'
import { campaignMessages } from './messages'

interface LinksData {
  campaign: Campaign
  agency: Agency | undefined
  links: SurveyLink[]
  languages: LanguageInfo[]
}

async function loadLinks(campaignId: string, agencyId: string, signal: AbortSignal): Promise<LinksData> {
  const [campaign, agencies, links, languages] = await Promise.all([
    call(endpoints.campaigns.get, { params: { id: campaignId }, signal }),
    call(endpoints.agencies.list, { signal }),
    call(endpoints.links.list, { params: { id: campaignId, agencyId }, signal }),
    call(endpoints.languages.list, { signal }),
  ])
  return { campaign, agency: agencies.find((a) => a.id === Number(agencyId)), links, languages }
}

function NewLinkForm({ unit, languages, onCreated }: { unit: { id: string; agencyId: string }; languages: LanguageInfo[]; onCreated: () => void }) {
  const t = useT(campaignMessages)
  const submit = useSubmit()
  const [channel, setChannel] = useState<Channel>('kiosk')
  const [label, setLabel] = useState('')
  const [offered, setOffered] = useState<LinkLanguages>(DEFAULT_LINK_LANGUAGES)
  const onSubmit = async (event: Event) => {
    event.preventDefault()
    if (await submit.run(() => call(endpoints.links.create, { params: unit, body: { channel, label, ...offered } }))) {
      setLabel('')
      onCreated()
    }
  }
  return (
    <form class="card form" onSubmit={onSubmit} noValidate>
      <h2>{t('newLink')}</h2>
      {submit.error && <Alert>{submit.error}</Alert>}
      <fieldset class="choice-row">
        <legend>{t('channel')}</legend>
        {(['kiosk', 'qr'] as const).map((value) => (
          <label key={value} class="choice">
            <input type="radio" name="link-channel" value={value} checked={channel === value} onChange={() => setChannel(value)} /> {t(`channel.${value}`)}
          </label>
        ))}
      </fieldset>
      <Field id="link-label" label={t('label')} hint={t(`labelHint.${channel}`)} error={submit.fields.label}>
        <input value={label} onInput={(e) => setLabel(e.currentTarget.value)} />
      </Field>
      <LinkLanguagesField all={languages} value={offered} error={submit.fields.languages} onChange={setOffered} />
      <FormActions busy={submit.busy} label={t('createLink')} />
    </form>
  )
}

function LinkCard({ link, languages, onRevoked }: { link: SurveyLink; languages: LanguageInfo[]; onRevoked: () => void }) {
  const t = useT(campaignMessages)
  const tl = useT(languageMessages)
  const lang = useLanguage()
  const submit = useSubmit()
  const revoke = async () => {
    if (!confirm(t('confirmRevoke', { label: link.label }))) return
    if (await submit.run(() => call(endpoints.links.revoke, { params: { code: link.code } }))) onRevoked()
  }
  return (
    <li class={link.revoked ? 'link-card revoked' : 'link-card'}>
      {link.channel === 'qr' && !link.revoked && (
        <img class="qr" src={`/api/v1/links/${link.code}/qr.svg`} alt={t('qrAlt', { label: link.label })} width={96} height={96} />
      )}
      <div class="link-body">
        <h3>
          {link.label} <span class="badge">{t(`channel.${link.channel}`)}</span>{' '}
          <span class={link.revoked ? 'badge status-closed' : 'badge status-open'}>{link.revoked ? t('revoked') : t('active')}</span>
        </h3>
        <p class="muted small">
          {t('code')}: <code>{link.code}</code> · {t('createdAt')}: {formatVietnamDay(link.createdAt, lang)}
        </p>
        <p class="muted small">
          {tl('offered', { languages: link.languages.map((code) => languages.find((l) => l.code === code)?.name ?? code).join(', ') })}
          {link.readAloud && ` · ${tl('readsAloud')}`}
        </p>
        <p class="small">
          <code class="url">{link.url}</code>
        </p>
        {submit.error && <Alert>{submit.error}</Alert>}
        {!link.revoked && (
          <div class="row-actions">
            <a class="button small" href={link.url} target="_blank" rel="noopener">
              {link.channel === 'kiosk' ? t('openKiosk') : t('openPhone')}
            </a>
            <a class="button small" href={`${link.url}?preview=1`} target="_blank" rel="noopener" title={t('previewHint')}>
              {t('preview')}
            </a>
            {link.channel === 'qr' &&
              (['a4', 'a5'] as const).map((size) => (
                <a key={size} class="button small" href={`/posters/${link.code}?size=${size}`} target="_blank" rel="noopener">
                  {t(size === 'a4' ? 'posterA4' : 'posterA5')}
                </a>
              ))}
            <button type="button" class="button small danger" disabled={submit.busy} onClick={revoke}>
              {t('revoke')}
            </button>
          </div>
        )}
        {link.channel === 'qr' && !link.revoked && <ReceiptSlipsForm code={link.code} />}
      </div>
    </li>
  )
}

/**
 * A batch of single-use receipt codes printed as cut-out slips: a plain form POST to a new
 * tab, because the codes exist only in that page (the server keeps their hashes).
 */
function ReceiptSlipsForm({ code }: { code: string }) {
  const t = useT(campaignMessages)
  const lang = useLanguage()
  const id = `receipts-${code}`
  return (
    <form class="receipt-form row-actions" method="post" action={`/posters/${code}/receipts`} target="_blank" rel="noopener">
      <label for={id}>{t('receiptCount')}</label>
      <input id={id} name="count" type="number" min={1} max={MAX_RECEIPTS_PER_BATCH} defaultValue="50" required class="count" aria-describedby={`${id}-hint`} />
      <input type="hidden" name="lang" value={lang} />
      <button type="submit" class="button small">
        {t('printReceipts')}
      </button>
      <p id={`${id}-hint`} class="muted small">
        {t('receiptsHint')}
      </p>
    </form>
  )
}

/** A new batch of numbered paper forms, printed from a new tab (each print makes new serials). */
function PaperFormsForm({ campaignId, agencyId }: { campaignId: number; agencyId: string }) {
  const t = useT(campaignMessages)
  const lang = useLanguage()
  return (
    <form class="card form" method="get" action={`/api/v1/campaigns/${campaignId}/units/${agencyId}/paper-forms`} target="_blank" rel="noopener">
      <h2>{t('paperForms')}</h2>
      <Field id="paper-count" label={t('paperCount')} hint={t('paperHint')}>
        <input name="count" type="number" min={1} max={MAX_PAPER_FORMS_PER_BATCH} defaultValue="50" required class="narrow-input" />
      </Field>
      <input type="hidden" name="lang" value={lang} />
      <div class="actions">
        <button type="submit" class="button">
          {t('printPaperForms')}
        </button>
      </div>
    </form>
  )
}

/** `/admin/campaigns/:id/units/:agencyId`: the kiosk and QR links of one surveyed unit. */
export function LinksPage() {
  const t = useT(campaignMessages)
  const { params } = useRoute()
  const [resource, reload] = useReloadable((signal) => loadLinks(params.id!, params.agencyId!, signal), [params.id, params.agencyId])
  return (
    <section>
      <Loaded resource={resource}>
        {({ campaign, agency, links, languages }) => (
          <>
            <p>
              <a href={`/admin/campaigns/${campaign.id}`}>← {campaign.name}</a>
            </p>
            <h1>{t('linksTitle', { unit: agency?.name ?? `#${params.agencyId}` })}</h1>
            <p class="muted">{t('linksIntro')}</p>
            {links.some((link) => isLoopbackUrl(link.url)) && <Alert kind="warning">{t('loopbackUrl', { url: new URL(links[0]!.url).origin })}</Alert>}
            <div class="split">
              <div>
                {links.length === 0 ? (
                  <p class="muted">{t('noLinks')}</p>
                ) : (
                  <ul class="link-list">
                    {links.map((link) => (
                      <LinkCard key={link.id} link={link} languages={languages} onRevoked={reload} />
                    ))}
                  </ul>
                )}
              </div>
              <div class="side-panel">
                <NewLinkForm unit={{ id: params.id!, agencyId: params.agencyId! }} languages={languages} onCreated={reload} />
                <PaperFormsForm campaignId={campaign.id} agencyId={params.agencyId!} />
              </div>
            </div>
          </>
        )}
      </Loaded>
    </section>
  )
}
