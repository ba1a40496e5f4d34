import { useEffect } from 'preact/hooks'

const IDLE_EVENTS = ['pointerdown', 'keydown', 'input', 'scroll'] as const

/** Calls `onIdle` after `seconds` without a touch, a key or a scroll, while `active`. */
export function useIdleTimer(active: boolean, seconds: number, onIdle: () => void) {
  useEffect(() => {
    if (!active) return
    let timer = setTimeout(onIdle, seconds * 1000)
    const poke = () => {
      clearTimeout(timer)
      timer = setTimeout(onIdle, seconds * 1000)
    }
    for (const name of IDLE_EVENTS) document.addEventListener(name, poke, { capture: true, passive: true })
    return () => {
      clearTimeout(timer)
      for (const name of IDLE_EVENTS) document.removeEventListener(name, poke, { capture: true })
    }
  }, [active, seconds, onIdle])
}
