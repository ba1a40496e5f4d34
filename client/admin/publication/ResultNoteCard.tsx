import { useState } from 'preact/hooks'
import { endpoints } from '../../../shared/api/endpoints'
import type { Campaign } from '../../../shared/campaigns/schemas'
import { MAX_RESULT_NOTE_LENGTH, type Publication, type UnitResultNote } from '../../../shared/publication/schemas'
import { call } from '../../api/client'
import { useT } from '../../i18n/translate'
import { can, useUser } from '../session'
import { Alert } from '../ui/Alert'
import { Field } from '../ui/Field'
import { Loaded } from '../ui/Loaded'
import { useReloadable } from '../ui/use-reloadable'
import { useSubmit } from '../ui/use-submit'
import { publicationMessages } from './messages'

interface NoteData {
  campaign: Campaign
  publication: Publication
  note: UnitResultNote
}

async function loadNote(campaignId: number, agencyId: number, signal: AbortSignal): Promise<NoteData> {
  const [campaign, publication, note] = await Promise.all([
    call(endpoints.campaigns.get, { params: { id: campaignId }, signal }),
    call(endpoints.publication.get, { params: { id: campaignId }, signal }),
    call(endpoints.publication.unitNote, { params: { id: campaignId, agencyId }, signal }),
  ])
  return { campaign, publication, note }
}

function NoteForm({ data, onSaved }: { data: NoteData; onSaved: () => void }) {
  const t = useT(publicationMessages)
  const submit = useSubmit()
  const [text, setText] = useState(data.note.text)
  const [saved, setSaved] = useState(false)
  const { campaignId, agencyId } = data.note
  const save = async (event: Event) => {
    event.preventDefault()
    setSaved(false)
    if (await submit.run(() => call(endpoints.publication.setUnitNote, { params: { id: campaignId, agencyId }, body: { text } }))) {
      setSaved(true)
      onSaved()
    }
  }
  return (
    <form onSubmit={save}>
      {submit.error && !submit.fields.text && <Alert>{submit.error}</Alert>}
      <Field id="result-note" label={t('noteLabel')} error={submit.fields.text}>
        <textarea rows={4} maxLength={MAX_RESULT_NOTE_LENGTH} value={text} onInput={(e) => (setText(e.currentTarget.value), setSaved(false))} />
      </Field>
      <div class="actions">
        <button type="submit" class="button primary" disabled={submit.busy}>
          {t('saveNote')}
        </button>
        {saved && <span role="status">{t('noteSaved')}</span>}
        {data.publication.published ? (
          <>
            <a class="button" href={`/posters/results/${campaignId}/${agencyId}?size=a4`} target="_blank" rel="noopener">
              {t('posterA4')}
            </a>
            <a class="button" href={`/posters/results/${campaignId}/${agencyId}?size=a3`} target="_blank" rel="noopener">
              {t('posterA3')}
            </a>
          </>
        ) : (
          <span class="muted">{t('posterAfterPublishing')}</span>
        )}
      </div>
    </form>
  )
}

/** The unit's note for its results poster (its managers and admins), and the poster itself once published. */
export function ResultNoteCard({ campaignId, agencyId }: { campaignId: number; agencyId: number }) {
  const t = useT(publicationMessages)
  const user = useUser()
  const [resource, reload] = useReloadable((signal) => loadNote(campaignId, agencyId, signal), [campaignId, agencyId])
  if (!can(user, 'manageLinks')) return null
  return (
    <section class="card spaced" aria-labelledby="result-note-title">
      <h2 id="result-note-title">{t('noteTitle')}</h2>
      <Loaded resource={resource}>
        {(data) =>
          data.campaign.status === 'closed' ? (
            <>
              <p class="muted">{t('noteIntro', { max: MAX_RESULT_NOTE_LENGTH })}</p>
              <NoteForm data={data} onSaved={reload} />
            </>
          ) : (
            <p class="muted">{t('noteOnlyClosed')}</p>
          )
        }
      </Loaded>
    </section>
  )
}
