import { useState } from 'preact/hooks'
import { useRoute } from 'preact-iso'
import { endpoints } from '../../../shared/api/endpoints'
import { CASE_STATUSES, type CaseStatus, type FeedbackCase } from '../../../shared/cases/schemas'
import { call } from '../../api/client'
import { formatDate } from '../../i18n/format'
import { useLanguage } from '../../i18n/language'
import { useT } from '../../i18n/translate'
import { Alert } from '../ui/Alert'
import { formatVietnamDay } from '../ui/dates'
import { Field } from '../ui/Field'
import { Loaded } from '../ui/Loaded'
import { useReloadable } from '../ui/use-reloadable'
import { useSubmit } from '../ui/use-submit'
import { casesMessages } from './messages'

/** `/admin/cases/:id`: one citizen's (masked) comment, its status, the public reply and the internal note. */
export function CasePage() {
  const t = useT(casesMessages)
  const { params } = useRoute()
  const id = Number(params.id)
  const [found, reload] = useReloadable((signal) => call(endpoints.cases.get, { params: { id }, signal }), [id])
  return (
    <section>
      <a href="/admin/cases">{t('back')}</a>
      <Loaded resource={found}>{(c) => <CaseView key={c.id} found={c} onSaved={reload} />}</Loaded>
    </section>
  )
}

function CaseView({ found, onSaved }: { found: FeedbackCase; onSaved: () => void }) {
  const t = useT(casesMessages)
  const lang = useLanguage()
  const [status, setStatus] = useState<CaseStatus>(found.status)
  const [publicReply, setPublicReply] = useState(found.publicReply ?? '')
  const [internalNote, setInternalNote] = useState(found.internalNote ?? '')
  const [saved, setSaved] = useState(false)
  const submit = useSubmit()
  const save = async (event: Event) => {
    event.preventDefault()
    setSaved(false)
    const ok = await submit.run(() => call(endpoints.cases.update, { params: { id: found.id }, body: { status, publicReply, internalNote } }))
    if (ok) {
      setSaved(true)
      onSaved()
    }
  }
  const replyError = submit.fields.publicReply ? t('field.publicReply') : undefined
  return (
    <>
      <h1>
        {t('caseTitle', { code: found.code })} {found.overdue && <span class="badge badge-overdue">{t('overdue')}</span>}
      </h1>
      <p class="muted">
        {found.agencyName} · {found.campaignName} · {t('col.opened')}: {formatVietnamDay(found.openedAt, lang)} · {t('col.due')}:{' '}
        {formatDate(found.dueOn, lang)}
        {found.answeredAt && ` · ${t('answeredAt', { date: formatVietnamDay(found.answeredAt, lang) })}`}
      </p>
      <article class="card case-comment">
        <h2>{t('comment')}</h2>
        <blockquote>{found.comment ?? t('noComment')}</blockquote>
        <p class="muted small">
          {[
            found.requested ? t('requested') : null,
            found.dissatisfied ? t('dissatisfied') : null,
            found.overall !== null ? t('overall', { value: found.overall }) : null,
            t('channel', { channel: t(`channel.${found.channel as 'kiosk'}`) }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
        {found.commentMasks > 0 && <p class="muted small">{t('masked', { count: found.commentMasks })}</p>}
      </article>
      <form class="card" onSubmit={save}>
        {submit.error && !replyError && <Alert>{submit.error}</Alert>}
        <Field id="case-status" label={t('status')} error={submit.fields.status}>
          <select value={status} onChange={(e) => setStatus(e.currentTarget.value as CaseStatus)}>
            {CASE_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`status.${value}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="case-reply" label={t('publicReply')} hint={t('publicReplyHint')} error={replyError}>
          <textarea rows={5} value={publicReply} onInput={(e) => setPublicReply(e.currentTarget.value)} />
        </Field>
        <Field id="case-note" label={t('internalNote')} hint={t('internalNoteHint')} error={submit.fields.internalNote}>
          <textarea rows={3} value={internalNote} onInput={(e) => setInternalNote(e.currentTarget.value)} />
        </Field>
        <button type="submit" class="button primary" disabled={submit.busy}>
          {t('save')}
        </button>{' '}
        {saved && <span role="status">{t('saved')}</span>}
      </form>
      <p>
        <a href={`/f/${found.code}`} target="_blank" rel="noopener">
          {t('publicPage')}
        </a>
      </p>
    </>
  )
}
