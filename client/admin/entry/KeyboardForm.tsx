import { useEffect, useRef, useState } from 'preact/hooks'
import { localize } from '../../../shared/languages'
import type { PaperAnswers, PaperField } from '../../../shared/paper/fields'
import { useLanguage } from '../../i18n/language'
import { useT } from '../../i18n/translate'
import { describeValue } from './describe-entry'
import { type EntryState, entryAnswers, isAsked, moveOn, pressKey, setText, startEntry } from './entry-keys'
import { entryMessages } from './messages'

/**
 * A form entered from the keyboard alone: the current question large, its boxes with the
 * numbers printed on the paper, and the answers so far underneath.
 */
export function KeyboardForm({
  fields,
  busy,
  onSubmit,
  onCancel,
}: {
  fields: PaperField[]
  busy: boolean
  onSubmit: (answers: PaperAnswers) => void
  onCancel: () => void
}) {
  const t = useT(entryMessages)
  const lang = useLanguage()
  const [state, setState] = useState<EntryState>(() => startEntry(fields))
  const stateRef = useRef(state)
  stateRef.current = state
  const questionRef = useRef<HTMLDivElement>(null)
  const textRef = useRef<HTMLInputElement>(null)
  const field = fields[state.index]

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // keys meant for a control (the comment box, a button, a link) are its own
      const control = event.target instanceof Element && event.target.closest('input, textarea, select, button, a, summary')
      if (control || event.ctrlKey || event.altKey || event.metaKey || busy) return
      const result = pressKey(fields, stateRef.current, event.key)
      if (result === stateRef.current) return
      event.preventDefault()
      if (result === 'submit') onSubmit(entryAnswers(fields, stateRef.current.values))
      else setState(result)
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [fields, busy])

  useEffect(() => {
    if (field?.kind === 'text') textRef.current?.focus()
    else questionRef.current?.focus()
  }, [state.index])

  const onTextKey = (event: KeyboardEvent) => {
    const input = event.currentTarget as HTMLInputElement
    if (event.key === 'Enter') {
      event.preventDefault()
      setState(moveOn(fields, setText(state, field!.key, input.value)))
    } else if (event.key === 'Backspace' && input.value === '') {
      event.preventDefault()
      setState(pressKey(fields, state, 'Backspace') as EntryState)
    }
  }

  const asked = fields.filter((f) => isAsked(f, state.values))
  return (
    <div class="entry">
      <div class="entry-question" ref={questionRef} tabIndex={-1} aria-live="polite">
        {field ? (
          <>
            <p class="entry-count">
              {t('question', { n: state.index + 1, total: fields.length })}
              {field.group && <span class="muted"> · {localize(field.group, lang)}</span>}
            </p>
            <h2 class="entry-label">{localize(field.label, lang)}</h2>
            {field.kind === 'text' ? (
              <input
                ref={textRef}
                class="entry-text"
                aria-label={localize(field.label, lang)}
                defaultValue={(state.values[field.key] as string | null) ?? ''}
                onKeyDown={onTextKey}
              />
            ) : (
              <ol class="entry-options">
                {field.options.map((o) => {
                  const value = state.values[field.key]
                  const chosen = Array.isArray(value) ? value.includes(o.value as string) : value === o.value
                  return (
                    <li key={o.code} class={chosen ? 'chosen' : undefined} aria-current={chosen ? 'true' : undefined}>
                      <kbd>{o.code}</kbd> {localize(o.label, lang)}
                    </li>
                  )
                })}
                <li class={state.values[field.key] === null ? 'chosen none' : 'none'}>
                  <kbd>0</kbd> {t('noAnswer')}
                </li>
              </ol>
            )}
            {state.typed && <p class="entry-typed">{t('typed', { typed: state.typed })}</p>}
            <p class="muted small">{t(field.kind === 'multi' ? 'multiKeys' : field.kind === 'text' ? 'textKeys' : 'keys')}</p>
          </>
        ) : (
          <>
            <h2 class="entry-label">{t('check')}</h2>
            <p>{t('checkHint')}</p>
            <button type="button" class="button primary" disabled={busy} onClick={() => onSubmit(entryAnswers(fields, state.values))}>
              {t('save')}
            </button>
          </>
        )}
      </div>
      <details class="entry-so-far" open={!field}>
        <summary>{t('answered')}</summary>
        <ol class="entry-answers">
          {asked.map((f) => (
            <li key={f.key} class={f === field ? 'current' : undefined}>
              <span class="entry-n">{fields.indexOf(f) + 1}.</span> {localize(f.label, lang)}:{' '}
              <strong>{describeValue(f, state.values[f.key] ?? null, lang, t)}</strong>
            </li>
          ))}
        </ol>
      </details>
      <button type="button" class="button ghost small" onClick={onCancel}>
        {t('cancel')}
      </button>
    </div>
  )
}
