import { useEffect, useMemo } from 'preact/hooks'
import { readAloud, type Spoken, stopReading, useReading, useVoice } from './read-aloud'
import { useSurveyContext, useSurveyT } from './survey-context'

/**
 * A large button that reads a question and then all of its options, never which one is chosen.
 * Shown when a recording or a voice for the survey's language exists; reading stops when the
 * question leaves the screen. `autoPlay`: the link reads each question as it comes on screen.
 */
export function Speaker({ texts, autoPlay = false }: { texts: Spoken[]; autoPlay?: boolean }) {
  const t = useSurveyT()
  const { lang, recordings } = useSurveyContext()
  const who = useMemo(() => ({}), [])
  const reading = useReading(who)
  const audible = useVoice(lang) || texts.some((text) => recordings[text.key])
  useEffect(() => {
    if (autoPlay && audible) readAloud(who, texts, recordings, lang)
  }, [autoPlay, audible])
  useEffect(() => () => stopReading(who), [who])
  if (!audible) return null
  return (
    <button
      type="button"
      class="speaker"
      aria-pressed={reading}
      aria-label={reading ? t('stopListening') : t('listen', { text: texts[0]?.text ?? '' })}
      onClick={() => (reading ? stopReading(who) : readAloud(who, texts, recordings, lang))}
    >
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M3 9v6h4l5 5V4L7 9H3z" fill="currentColor" />
        {reading ? (
          <path d="M15 9h2v6h-2zM19 9h2v6h-2z" fill="currentColor" />
        ) : (
          <path d="M16.5 12A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4zM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6z" fill="currentColor" />
        )}
      </svg>
    </button>
  )
}
