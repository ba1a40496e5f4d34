import { useEffect, useState } from 'preact/hooks'

/** One text to read: its recording when there is one, else the device's voice for the language. */
export interface Spoken {
  key: string
  text: string
}

let player: HTMLAudioElement | null = null
/** Who is reading now (a speaker button), so that only it stops or shows itself playing. */
let reader: object | null = null
const listeners = new Set<() => void>()

/** One audio element for the whole page (class `read-aloud`): only one text is ever read at a time. */
function audioElement(): HTMLAudioElement {
  if (!player) {
    player = document.createElement('audio')
    player.className = 'read-aloud'
    player.preload = 'auto'
    document.body.appendChild(player)
  }
  return player
}

const synthesis = () => (typeof speechSynthesis === 'undefined' ? null : speechSynthesis)

export function voiceFor(lang: string): SpeechSynthesisVoice | null {
  const voices = synthesis()?.getVoices() ?? []
  const wanted = lang.toLowerCase()
  return voices.find((v) => v.lang.toLowerCase() === wanted || v.lang.toLowerCase().startsWith(`${wanted}-`)) ?? null
}

/** Whether the device has a voice for `lang`; voices often arrive a moment after the page loads. */
export function useVoice(lang: string): boolean {
  const [has, setHas] = useState(() => voiceFor(lang) !== null)
  useEffect(() => {
    const engine = synthesis()
    if (!engine) return
    const update = () => setHas(voiceFor(lang) !== null)
    update()
    engine.addEventListener('voiceschanged', update)
    return () => engine.removeEventListener('voiceschanged', update)
  }, [lang])
  return has
}

function changed() {
  for (const listener of listeners) listener()
}

/** Reads the texts one after the other, for `who`; whatever was being read stops first. */
export function readAloud(who: object, texts: Spoken[], recordings: Record<string, string>, lang: string): void {
  stopReading()
  reader = who
  const queue = texts.slice()
  const next = () => {
    if (reader !== who) return
    const item = queue.shift()
    if (!item) {
      reader = null
      changed()
      return
    }
    const url = recordings[item.key]
    const voice = voiceFor(lang)
    if (url) {
      const audio = audioElement()
      audio.onended = next
      audio.onerror = next
      audio.src = url
      audio.play().catch(next)
    } else if (voice) {
      const utterance = new SpeechSynthesisUtterance(item.text)
      utterance.lang = voice.lang
      utterance.voice = voice
      utterance.onend = next
      utterance.onerror = next
      synthesis()!.speak(utterance)
    } else next()
  }
  changed()
  next()
}

/** Stops reading (only `who`'s reading, when given): a question leaving the screen is never heard after. */
export function stopReading(who?: object): void {
  if (who && reader !== who) return
  reader = null
  if (player) {
    player.onended = null
    player.onerror = null
    player.pause()
  }
  synthesis()?.cancel()
  changed()
}

/** Whether `who` is reading now. */
export function useReading(who: object): boolean {
  const [reading, setReading] = useState(reader === who)
  useEffect(() => {
    const update = () => setReading(reader === who)
    listeners.add(update)
    return () => void listeners.delete(update)
  }, [who])
  return reading
}
