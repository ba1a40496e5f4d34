import { useState } from 'preact/hooks'

/** A, A+, A++: the root font size, so every rem of the survey grows with it. */
export const TEXT_SIZES = [
  { mark: 'A', scale: 1, name: 'textSizeNormal' },
  { mark: 'A+', scale: 1.25, name: 'textSizeLarge' },
  { mark: 'A++', scale: 1.5, name: 'textSizeLarger' },
] as const
export type TextScale = (typeof TEXT_SIZES)[number]['scale']
/** A++: the kiosk shows one question per screen. */
export const LARGEST_TEXT_SCALE = 1.5

const STORAGE_KEY = 'hailong.textSize'

/** The size kept on this device (a kiosk keeps it for every citizen until staff change it). */
export function storedTextScale(): TextScale {
  try {
    const scale = Number(localStorage.getItem(STORAGE_KEY))
    return TEXT_SIZES.find((size) => size.scale === scale)?.scale ?? 1
  } catch {
    return 1
  }
}

export function applyTextScale(scale: TextScale): void {
  document.documentElement.style.fontSize = scale === 1 ? '' : `${scale * 100}%`
}

export function useTextScale(): [TextScale, (scale: TextScale) => void] {
  const [scale, setScale] = useState(storedTextScale)
  const choose = (next: TextScale) => {
    try {
      localStorage.setItem(STORAGE_KEY, String(next))
    } catch {
      // storage off: the size lasts for this page only
    }
    applyTextScale(next)
    setScale(next)
  }
  return [scale, choose]
}
