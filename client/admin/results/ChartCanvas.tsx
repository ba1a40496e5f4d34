import type { ChartConfiguration } from 'chart.js'
import { useEffect, useRef } from 'preact/hooks'
import { Chart } from './charts'

/**
 * A chart.js canvas. The chart is rebuilt when `config` changes (callers memoise it); the
 * label describes it to screen readers; the pages give the same figures in a table.
 */
export function ChartCanvas({ config, label, height }: { config: ChartConfiguration; label: string; height: number }) {
  const canvas = useRef<HTMLCanvasElement>(null)
  useEffect(() => {
    const chart = new Chart(canvas.current!, config)
    return () => chart.destroy()
  }, [config])
  return (
    <div class="chart-box" style={{ height: `${height}px` }}>
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  )
}
