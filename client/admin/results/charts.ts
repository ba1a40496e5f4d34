import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartType,
  type Plugin,
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
    const intervals = chart.options.plugins?.intervals as IntervalsOption | undefined
    if (!intervals) return
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
/** Bars of indicative figures (n < 30) are drawn pale. */
export const INDICATIVE_COLOUR = '#a9c9bd'
