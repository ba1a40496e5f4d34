import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartType,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  type Plugin,
  PointElement,
  Tooltip,
} from 'chart.js'

/** Per dataset, per data point: the interval [low, high], or null where none is drawn. */
export type IntervalsOption = (readonly (readonly [number, number] | null)[])[]

declare module 'chart.js' {
  interface PluginOptionsByType<TType extends ChartType> {
    /** 95% intervals drawn as whiskers: per dataset, per data point, [low, high] or null. */
    intervals?: IntervalsOption
  }
}

/** Draws each point's confidence interval as a whisker across its bar or point, in the value axis. */
export const intervalPlugin: Plugin = {
  id: 'intervals',
  afterDatasetsDraw(chart) {
    // chart.js types plugin options as deep partials; the dashboard always passes whole intervals
    // A chart without intervals still gets chart.js's resolved (empty, non-array) options object here.
    const intervals = chart.options.plugins?.intervals as IntervalsOption | undefined
    if (!Array.isArray(intervals)) return
    const horizontal = chart.options.indexAxis === 'y'
    const { ctx } = chart
    ctx.save()
    ctx.strokeStyle = '#1d2433'
    ctx.lineWidth = 1.5
    intervals.forEach((points, datasetIndex) => {
      if (!chart.isDatasetVisible(datasetIndex)) return
      const meta = chart.getDatasetMeta(datasetIndex)
      const valueScale = chart.scales[horizontal ? meta.xAxisID! : meta.yAxisID!]
      points.forEach((interval, index) => {
        const element = meta.data[index]
        if (!interval || !element || !valueScale) return
        const low = valueScale.getPixelForValue(interval[0])
        const high = valueScale.getPixelForValue(interval[1])
        const at = horizontal ? element.y : element.x
        const cap = 5
        ctx.beginPath()
        if (horizontal) {
          ctx.moveTo(low, at)
          ctx.lineTo(high, at)
          ctx.moveTo(low, at - cap)
          ctx.lineTo(low, at + cap)
          ctx.moveTo(high, at - cap)
          ctx.lineTo(high, at + cap)
        } else {
          ctx.moveTo(at, low)
          ctx.lineTo(at, high)
          ctx.moveTo(at - cap, low)
          ctx.lineTo(at + cap, low)
          ctx.moveTo(at - cap, high)
          ctx.lineTo(at + cap, high)
        }
        ctx.stroke()
      })
    })
    ctx.restore()
  },
}

// Only what the dashboard draws (bars and lines), so the rest of chart.js stays out of the bundle.
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend, intervalPlugin)

// Figures appear at once: no motion to wait for before reading, screenshotting or printing.
Chart.defaults.animation = false

export { Chart }
export const PALETTE = ['#0b6e4f', '#2f6db5', '#c2741a', '#8a3ea8', '#b23a48', '#4d7c0f', '#0e7490']
const hatches = new Map<string, CanvasPattern | string>()

/**
 * Bars of indicative figures (n < 30): diagonal hatching in the bar's colour over white,
 * with an outline in that colour (the palette's bar colours reach 5:1 or more against
 * white, above WCAG's 3:1 for graphics), so they read as "less certain" without being
 * pale. Plain colour where a canvas is missing.
 */
function indicativeFill(colour: string): CanvasPattern | string {
  const cached = hatches.get(colour)
  if (cached) return cached
  const tile = document.createElement('canvas')
  tile.width = tile.height = 8
  const ctx = tile.getContext('2d')
  if (!ctx) return colour
  ctx.fillStyle = '#fff'
  ctx.fillRect(0, 0, 8, 8)
  ctx.strokeStyle = colour
  ctx.lineWidth = 2
  ctx.beginPath()
  ctx.moveTo(-2, 10)
  ctx.lineTo(10, -2)
  ctx.moveTo(-2, 2)
  ctx.lineTo(2, -2)
  ctx.moveTo(6, 10)
  ctx.lineTo(10, 6)
  ctx.stroke()
  const pattern = ctx.createPattern(tile, 'repeat') ?? colour
  hatches.set(colour, pattern)
  return pattern
}

/** Per-bar fill, outline and outline width: solid `colour` for reliable figures, hatched and outlined for indicative ones. */
export function barStyle(indicative: readonly boolean[], colour: string) {
  return {
    backgroundColor: indicative.map((i) => (i ? indicativeFill(colour) : colour)),
    borderColor: colour,
    borderWidth: indicative.map((i) => (i ? 2 : 0)),
  }
}
