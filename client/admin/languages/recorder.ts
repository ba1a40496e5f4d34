import { useRef, useState } from 'preact/hooks'

/** Recordings longer than this stop by themselves (a question read aloud takes seconds; 1 MB holds minutes). */
const MAX_SECONDS = 60
const TYPES = ['audio/webm;codecs=opus', 'audio/ogg;codecs=opus', 'audio/mp4']

export function canRecord(): boolean {
  return typeof MediaRecorder !== 'undefined' && Boolean(navigator.mediaDevices?.getUserMedia)
}

/**
 * The browser's microphone through MediaRecorder (admin app only): `start()` asks for the
 * microphone and records; `stop()` resolves to the recording (WebM/Opus in Chrome and Firefox, MP4 in Safari).
 */
export function useRecorder() {
  const [recording, setRecording] = useState(false)
  const session = useRef<{ recorder: MediaRecorder; done: Promise<Blob> } | null>(null)

  async function start(): Promise<void> {
    const stream = await navigator.mediaDevices.getUserMedia({ audio: true })
    const mimeType = TYPES.find((type) => MediaRecorder.isTypeSupported(type))
    const recorder = new MediaRecorder(stream, mimeType ? { mimeType } : undefined)
    const chunks: Blob[] = []
    recorder.ondataavailable = (event) => chunks.push(event.data)
    const done = new Promise<Blob>((resolve) => {
      recorder.onstop = () => {
        for (const track of stream.getTracks()) track.stop()
        resolve(new Blob(chunks, { type: recorder.mimeType.split(';')[0] }))
      }
    })
    recorder.start()
    session.current = { recorder, done }
    setRecording(true)
    setTimeout(() => {
      if (recorder.state === 'recording') recorder.stop()
    }, MAX_SECONDS * 1000)
  }

  async function stop(): Promise<Blob | null> {
    const current = session.current
    if (!current) return null
    session.current = null
    if (current.recorder.state === 'recording') current.recorder.stop()
    setRecording(false)
    return current.done
  }

  return { recording, start, stop }
}
