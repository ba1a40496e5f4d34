import { useLayoutEffect, useRef, useState } from 'preact/hooks'
import { endpoints } from '../../../shared/api/endpoints'
import { type PaperAnswers, type PaperField, paperFields } from '../../../shared/paper/fields'
import type { PaperForm } from '../../../shared/paper/schemas'
import { formatSerial, normaliseSerial } from '../../../shared/paper/serial'
import { call } from '../../api/client'
import { useLanguage } from '../../i18n/language'
import { useT } from '../../i18n/translate'
import { adminMessages } from '../messages'
import { useUser } from '../session'
import { Alert } from '../ui/Alert'
import { describeEntryError } from './describe-entry'
import { KeyboardForm } from './KeyboardForm'
import { entryMessages } from './messages'
import './entry.css'

type Notice = { kind: 'success' | 'info' | 'warning' | 'error'; text: string }

/** `/field/entry`: type or scan a form's serial, then enter the form from the keyboard alone. */
export function EntryPage() {
  const t = useT(entryMessages)
  const ta = useT(adminMessages)
  const lang = useLanguage()
  const user = useUser()
  const [serial, setSerial] = useState('')
  const [form, setForm] = useState<{ paper: PaperForm; fields: PaperField[] } | null>(null)
  const [notice, setNotice] = useState<Notice | null>(null)
  const [busy, setBusy] = useState(false)
  const serialRef = useRef<HTMLInputElement>(null)

  // A clerk's station: whenever no form is open the serial box has the keyboard, before the next paint,
  // so a serial typed or scanned right after saving a form loses no character.
  useLayoutEffect(() => {
    if (!form) serialRef.current?.focus()
  }, [form])

  const fail = (error: unknown, fields: PaperField[] = []) =>
    setNotice({ kind: 'error', text: describeEntryError(t, ta, error, normaliseSerial(serial), fields, lang) })

  const open = async (event: Event) => {
    event.preventDefault()
    const typed = normaliseSerial(serial)
    setNotice(null)
    try {
      const paper = await call(endpoints.paperForms.get, { params: { serial: typed } })
      const shown = formatSerial(paper.serial)
      if (paper.state === 'counted') setNotice({ kind: 'error', text: t('serialSpent', { serial: shown }) })
      else if (paper.entries.some((e) => e.userId === user.id)) setNotice({ kind: 'error', text: t('enteredByYou', { serial: shown }) })
      else if (paper.state === 'mismatch') setNotice({ kind: 'warning', text: t('awaitingResolution', { serial: shown }) })
      else setForm({ paper, fields: paperFields(paper.definition) })
    } catch (error) {
      fail(error)
    }
  }

  const next = (message: Notice | null) => {
    setForm(null)
    setSerial('')
    setNotice(message)
  }

  const submit = async (answers: PaperAnswers) => {
    if (!form) return
    setBusy(true)
    try {
      const outcome = await call(endpoints.paperForms.enter, { params: { serial: form.paper.serial }, body: answers })
      const shown = formatSerial(outcome.serial)
      if (outcome.state === 'counted') next({ kind: 'success', text: t('counted', { serial: shown }) })
      else if (outcome.state === 'entered_once') next({ kind: 'info', text: t('enteredOnce', { serial: shown }) })
      else next({ kind: 'warning', text: t('mismatch', { serial: shown, count: outcome.mismatches.length }) })
    } catch (error) {
      fail(error, form.fields)
    } finally {
      setBusy(false)
    }
  }

  return (
    <section class="entry-page">
      <div class="page-head">
        <h1>{form ? t('form', { serial: formatSerial(form.paper.serial) }) : t('title')}</h1>
        <a class="button small" href="/field/entry/mismatches">
          {t('mismatches')}
        </a>
      </div>
      {notice && <Alert kind={notice.kind}>{notice.text}</Alert>}
      {form ? (
        <>
          <p class="muted">
            {form.paper.unitName} · {form.paper.campaignName} · {t('round', { round: form.paper.entries.length + 1 })}
          </p>
          <KeyboardForm key={form.paper.serial} fields={form.fields} busy={busy} onSubmit={submit} onCancel={() => next(null)} />
        </>
      ) : (
        <form class="card form entry-serial" onSubmit={open} noValidate>
          <p class="muted">{t('intro')}</p>
          <label for="paper-serial">{t('serial')}</label>
          <input
            id="paper-serial"
            ref={serialRef}
            class="entry-serial-input"
            value={serial}
            autoComplete="off"
            spellcheck={false}
            aria-describedby="paper-serial-hint"
            onInput={(e) => setSerial(e.currentTarget.value)}
          />
          <small id="paper-serial-hint" class="field-hint">
            {t('serialHint')}
          </small>
          <div class="actions">
            <button type="submit" class="button primary">
              {t('open')}
            </button>
          </div>
        </form>
      )}
    </section>
  )
}
