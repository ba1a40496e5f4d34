import { useState } from 'preact/hooks'
import type { QuestionnaireTexts } from '../../../shared/language-packs/schemas'
import { api } from '../../api/client'
import { useT } from '../../i18n/translate'
import { Alert } from '../ui/Alert'
import { useSubmit } from '../ui/use-submit'
import { languageMessages } from './messages'
import { canRecord, useRecorder } from './recorder'

/** One text's recording in one language: play it back, record it with the microphone, or upload a file; either replaces it. */
function RecordingRow({
  path,
  textKey,
  text,
  url,
  admin,
  onSaved,
}: {
  path: string
  textKey: string
  text: string
  url: string | undefined
  admin: boolean
  onSaved: () => void
}) {
  const t = useT(languageMessages)
  const submit = useSubmit()
  const recorder = useRecorder()
  const [saved, setSaved] = useState(false)
  const save = async (audio: Blob) => {
    setSaved(false)
    if (await submit.run(() => api(path, { method: 'PUT', body: audio, contentType: audio.type || 'application/octet-stream' }))) {
      setSaved(true)
      onSaved()
    }
  }
  const toggleRecording = async () => {
    if (recorder.recording) {
      const audio = await recorder.stop()
      if (audio) await save(audio)
    } else await submit.run(recorder.start)
  }
  return (
    <tr data-key={textKey}>
      <td>
        <code>{textKey}</code>
      </td>
      <td>{text}</td>
      <td>
        {url ? (
          // biome-ignore lint/a11y/useMediaCaption: the recording reads the text in the cell beside it, its transcript
          <audio controls preload="none" src={url} aria-label={t('playFor', { key: textKey })} />
        ) : (
          <span class="muted">{t('none')}</span>
        )}
        {saved && (
          <p class="small" role="status">
            {t('saved', { key: textKey })}
          </p>
        )}
        {submit.error && <Alert>{submit.fields.file ?? submit.error}</Alert>}
        {admin && (
          <div class="row-actions">
            {canRecord() && (
              <button
                type="button"
                class={recorder.recording ? 'button small danger' : 'button small'}
                aria-label={recorder.recording ? t('stop') : t('recordFor', { key: textKey })}
                disabled={submit.busy && !recorder.recording}
                onClick={toggleRecording}
              >
                {recorder.recording ? t('stop') : t('record')}
              </button>
            )}
            <label class="button small file-button">
              {t('upload')}
              <input
                type="file"
                class="visually-hidden"
                accept="audio/ogg,audio/opus,audio/webm,audio/mpeg,audio/mp4,audio/x-m4a,.ogg,.opus,.webm,.mp3,.m4a"
                aria-label={t('uploadFor', { key: textKey })}
                onChange={(e) => {
                  const file = e.currentTarget.files?.[0]
                  if (file) void save(file)
                  e.currentTarget.value = ''
                }}
              />
            </label>
          </div>
        )}
      </td>
    </tr>
  )
}

export function Recordings({
  questionnaireId,
  texts,
  admin,
  onSaved,
}: {
  questionnaireId: number
  texts: QuestionnaireTexts
  admin: boolean
  onSaved: () => void
}) {
  const t = useT(languageMessages)
  const [lang, setLang] = useState('vi')
  return (
    <section class="card">
      <h2>{t('recordings')}</h2>
      <p class="muted">{t('recordingsHelp')}</p>
      {admin && !canRecord() && <Alert kind="info">{t('noMicrophone')}</Alert>}
      <div class="field">
        <label for="recording-language">{t('recordingLanguage')}</label>
        <select id="recording-language" value={lang} onChange={(e) => setLang(e.currentTarget.value)}>
          {texts.languages.map((language) => (
            <option key={language.code} value={language.code} lang={language.code}>
              {language.name} ({language.code})
            </option>
          ))}
        </select>
      </div>
      <div class="table-wrap">
        <table class="recordings">
          <thead>
            <tr>
              <th scope="col">{t('key')}</th>
              <th scope="col">{t('text')}</th>
              <th scope="col">{t('recording')}</th>
            </tr>
          </thead>
          <tbody lang={lang}>
            {texts.texts.map((text) => (
              <RecordingRow
                key={`${lang}-${text.key}`}
                path={`/questionnaires/${questionnaireId}/recordings/${encodeURIComponent(lang)}/${encodeURIComponent(text.key)}`}
                textKey={text.key}
                text={text.texts[lang] ?? text.texts.vi ?? ''}
                url={text.recordings[lang]}
                admin={admin}
                onSaved={onSaved}
              />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
