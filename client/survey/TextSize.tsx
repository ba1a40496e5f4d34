import { useSurveyT } from './survey-context'
import { TEXT_SIZES, useTextScale } from './text-size'

/** A, A+, A++: kept on this device; `onChange` after the size changed. */
export function TextSize({ onChange }: { onChange?: (() => void) | undefined }) {
  const t = useSurveyT()
  const [scale, setScale] = useTextScale()
  return (
    <div class="text-size" role="group" aria-label={t('textSize')}>
      {TEXT_SIZES.map((size) => (
        <button
          key={size.mark}
          type="button"
          aria-pressed={scale === size.scale}
          title={t(size.name)}
          onClick={() => {
            setScale(size.scale)
            onChange?.()
          }}
        >
          {size.mark}
          <span class="visually-hidden"> {t(size.name)}</span>
        </button>
      ))}
    </div>
  )
}
