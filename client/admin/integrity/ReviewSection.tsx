import { useState } from 'preact/hooks'
import { endpoints } from '../../../shared/api/endpoints'
import type { FlaggedAnswer, FlaggedAnswers } from '../../../shared/integrity/review'
import { call } from '../../api/client'
import { useT } from '../../i18n/translate'
import { Alert } from '../ui/Alert'
import { Field } from '../ui/Field'
import { Loaded } from '../ui/Loaded'
import { useReloadable } from '../ui/use-reloadable'
import { useSubmit } from '../ui/use-submit'
import { integrityMessages } from './messages'

type Decision = 'include' | 'exclude' | 'undo'

/** The flagged answers, grouped by burst, and one decision (with its reason) for those selected. */
export function ReviewSection({ campaignId, onDecided }: { campaignId: number; onDecided: () => void }) {
  const t = useT(integrityMessages)
  const [resource, reload] = useReloadable((signal) => call(endpoints.integrity.flaggedAnswers, { params: { id: campaignId }, signal }), [campaignId])
  return (
    <section class="card review">
      <h2>{t('review.title')}</h2>
      <p class="muted">{t('review.intro')}</p>
      <Loaded resource={resource}>
        {(listing) =>
          listing.answers.length === 0 ? (
            <p>{t('review.none')}</p>
          ) : (
            <ReviewForm key={listing.listing} campaignId={campaignId} listing={listing} onDecided={() => (reload(), onDecided())} />
          )
        }
      </Loaded>
    </section>
  )
}

function ReviewForm({ campaignId, listing, onDecided }: { campaignId: number; listing: FlaggedAnswers; onDecided: () => void }) {
  const t = useT(integrityMessages)
  const submit = useSubmit()
  const [selected, setSelected] = useState<Set<number>>(new Set())
  const [reason, setReason] = useState('')
  const [done, setDone] = useState<number | null>(null)
  const [missing, setMissing] = useState(false)
  const toggle = (items: number[], on: boolean) => {
    const next = new Set(selected)
    for (const item of items) on ? next.add(item) : next.delete(item)
    setSelected(next)
    setMissing(false)
  }
  const decide = async (decision: Decision) => {
    setDone(null)
    if (selected.size === 0) return setMissing(true)
    let changed = 0
    const ok = await submit.run(async () => {
      const body = { listing: listing.listing, items: [...selected], decision, ...(decision !== 'undo' && { reason }) }
      changed = (await call(endpoints.integrity.decideFlags, { params: { id: campaignId }, body })).changed
    })
    if (ok) {
      setDone(changed)
      onDecided()
    }
  }
  const groups = groupByBurst(listing.answers)
  return (
    <>
      {submit.error && !submit.fields.reason && <Alert>{submit.error}</Alert>}
      {done !== null && <p role="status">{t('review.done', { n: done })}</p>}
      <div class="review-actions">
        <Field id="review-reason" label={t('review.reason')} hint={t('review.reasonHint')} error={submit.fields.reason}>
          <input value={reason} maxLength={500} onInput={(e) => setReason(e.currentTarget.value)} />
        </Field>
        <p class="muted" aria-live="polite">
          {missing ? t('review.selectFirst') : t('review.selected', { n: selected.size })}
        </p>
        <div class="actions">
          <button type="button" class="button" disabled={submit.busy} onClick={() => decide('include')}>
            {t('review.include')}
          </button>
          <button type="button" class="button danger" disabled={submit.busy} onClick={() => decide('exclude')}>
            {t('review.exclude')}
          </button>
          <button type="button" class="button ghost" disabled={submit.busy} onClick={() => decide('undo')}>
            {t('review.undo')}
          </button>
        </div>
      </div>
      <div class="table-scroll">
        <table class="results-table review-table">
          <thead>
            <tr>
              <th scope="col">
                <span class="visually-hidden">{t('review.select', { item: '' })}</span>
              </th>
              <th scope="col">{t('review.hour')}</th>
              <th scope="col">{t('review.unit')}</th>
              <th scope="col">{t('review.reasons')}</th>
              <th scope="col">{t('review.answerSet')}</th>
              <th scope="col">{t('review.decision')}</th>
            </tr>
          </thead>
          {groups.map((group) => (
            <tbody key={group[0]!.item}>
              {group.length > 1 && (
                <tr class="group-row">
                  <th scope="rowgroup" colSpan={6}>
                    <label>
                      <input
                        type="checkbox"
                        checked={group.every((a) => selected.has(a.item))}
                        onChange={(e) =>
                          toggle(
                            group.map((a) => a.item),
                            e.currentTarget.checked,
                          )
                        }
                      />{' '}
                      {t('review.selectBurst')} — {t('review.burst', { n: group.length })}
                    </label>
                  </th>
                </tr>
              )}
              {group.map((answer) => (
                <AnswerRow key={answer.item} answer={answer} checked={selected.has(answer.item)} onToggle={(on) => toggle([answer.item], on)} />
              ))}
            </tbody>
          ))}
        </table>
      </div>
    </>
  )
}

function AnswerRow({ answer, checked, onToggle }: { answer: FlaggedAnswer; checked: boolean; onToggle: (on: boolean) => void }) {
  const t = useT(integrityMessages)
  const answers = Object.entries(answer.answers)
    .map(([, value]) => value ?? '–')
    .join(' ')
  return (
    <tr>
      <td>
        <input
          type="checkbox"
          checked={checked}
          aria-label={t('review.select', { item: answer.item + 1 })}
          onChange={(e) => onToggle(e.currentTarget.checked)}
        />
      </td>
      <td>{answer.hour}</td>
      <td>
        {answer.unitName}
        <br />
        <small class="muted">
          {t(`channel.${answer.channel}`)}
          {answer.linkLabel && ` · ${answer.linkLabel}`}
        </small>
      </td>
      <td>{answer.reasons.map((r) => (r in REASON_KEYS ? t(REASON_KEYS[r as keyof typeof REASON_KEYS]) : r)).join(', ')}</td>
      <td class="answer-set">
        {answers}
        {answer.overall !== null && ` · ${t('overall')} ${answer.overall}`}
      </td>
      <td>
        {answer.decision === null ? (
          <span class="muted">{t('review.pending')}</span>
        ) : (
          <span class={`badge decision-${answer.decision}`}>{t(`review.decided.${answer.decision}`, { reason: answer.decisionReason ?? '' })}</span>
        )}
      </td>
    </tr>
  )
}

const REASON_KEYS = {
  too_frequent: 'reason.too_frequent',
  burst: 'reason.burst',
  clock_ahead: 'reason.clock_ahead',
  clock_before_link: 'reason.clock_before_link',
} as const

/** Answers of one burst together (in the listing's order), every other answer alone. */
function groupByBurst(answers: FlaggedAnswer[]): FlaggedAnswer[][] {
  const groups: FlaggedAnswer[][] = []
  const bursts = new Map<number, FlaggedAnswer[]>()
  for (const answer of answers) {
    if (answer.burst === null) groups.push([answer])
    else if (bursts.has(answer.burst)) bursts.get(answer.burst)!.push(answer)
    else {
      const group = [answer]
      bursts.set(answer.burst, group)
      groups.push(group)
    }
  }
  return groups
}
