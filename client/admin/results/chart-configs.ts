import type { ChartConfiguration } from 'chart.js'
import type { Language } from '../../../shared/i18n'
import type { KeyedEstimate, Timeline } from '../../../shared/indices/schemas'
import { formatDate, formatNumber } from '../../i18n/format'
import { barStyle, PALETTE } from './charts'
import type { ResultsT } from './parts'
import { chartPoint, type FigureUnit, formatFigure, formatInterval, type RankedUnit } from './view-model'

function valueAxis(unit: FigureUnit, lang: Language, max?: number) {
  return {
    min: 0,
    max: unit === 'percent' ? 100 : max,
    ticks: { callback: (value: string | number) => formatFigure(Number(value), unit, lang).replace(/[,.]0+%$/, '%') },
  }
}

/** Units ranked by SIPAS as horizontal bars with their 95% intervals; every label carries n. */
export function rankingChart(ranked: readonly RankedUnit[], lang: Language, t: ResultsT): ChartConfiguration<'bar'> {
  const points = ranked.map(({ unit }) => chartPoint(unit.sipas))
  return {
    type: 'bar',
    data: {
      labels: ranked.map(({ unit }) => t('chart.unitLabel', { name: unit.name, n: unit.sipas.n })),
      datasets: [
        {
          label: t('chart.sipas'),
          data: points.map((p) => p.value),
          ...barStyle(
            ranked.map(({ unit }) => unit.sipas.indicative),
            PALETTE[0]!,
          ),
        },
      ],
    },
    options: {
      indexAxis: 'y',
      maintainAspectRatio: false,
      scales: { x: valueAxis('percent', lang) },
      plugins: {
        legend: { display: false },
        intervals: [points.map((p) => p.interval)],
        tooltip: {
          callbacks: {
            label: (item) => {
              const { sipas } = ranked[item.dataIndex]!.unit
              return t('chart.tooltip', { value: formatFigure(sipas.value, 'percent', lang), interval: formatInterval(sipas, 'percent', lang), n: sipas.n })
            },
          },
        },
      },
    },
  }
}

/** Splits a label into lines of about `width` characters, at spaces, so long names fit under narrow bars. */
export function wrapLabel(text: string, width: number): string[] {
  const lines: string[] = []
  for (const word of text.split(/\s+/)) {
    const last = lines.length - 1
    if (last >= 0 && lines[last]!.length + 1 + word.length <= width) lines[last] += ` ${word}`
    else lines.push(word)
  }
  return lines
}

/** Element indices of one unit as bars with their intervals. */
export function elementsChart(
  elements: readonly KeyedEstimate[],
  label: (key: string) => string,
  unit: FigureUnit,
  scaleMax: number,
  lang: Language,
  t: ResultsT,
): ChartConfiguration<'bar'> {
  const points = elements.map(chartPoint)
  return {
    type: 'bar',
    data: {
      labels: elements.map((e) => [...wrapLabel(label(e.key), Math.max(12, Math.round(130 / elements.length))), `n = ${e.n}`]),
      datasets: [
        {
          label: t('chart.element'),
          data: points.map((p) => p.value),
          ...barStyle(
            elements.map((e) => e.indicative),
            PALETTE[1]!,
          ),
        },
      ],
    },
    options: {
      maintainAspectRatio: false,
      scales: { y: valueAxis(unit, lang, scaleMax), x: { ticks: { autoSkip: false, maxRotation: 0 } } },
      plugins: {
        legend: { display: false },
        intervals: [points.map((p) => p.interval)],
        tooltip: {
          callbacks: {
            label: (item) => {
              const e = elements[item.dataIndex]!
              return t('chart.tooltip', { value: formatFigure(e.value, unit, lang), interval: formatInterval(e, unit, lang), n: e.n })
            },
          },
        },
      },
    },
  }
}

/** Responses per day or week, the flagged ones stacked on top. */
export function timelineChart(timeline: Timeline, lang: Language, t: ResultsT): ChartConfiguration<'bar'> {
  return {
    type: 'bar',
    data: {
      labels: timeline.points.map((p) => formatDate(p.period, lang)),
      datasets: [
        {
          label: t('timeline.counted'),
          data: timeline.points.map((p) => p.responses - p.flagged),
          backgroundColor: PALETTE[0],
          stack: 'r',
          maxBarThickness: 48,
        },
        { label: t('timeline.flagged'), data: timeline.points.map((p) => p.flagged), backgroundColor: PALETTE[4], stack: 'r', maxBarThickness: 48 },
      ],
    },
    options: {
      maintainAspectRatio: false,
      scales: { y: { stacked: true, beginAtZero: true, ticks: { precision: 0, callback: (v) => formatNumber(Number(v), lang) } }, x: { stacked: true } },
    },
  }
}

export interface TrendSeries {
  name: string
  /** One value per category (campaign), null where the unit was not surveyed. */
  points: ({ value: number | null; interval: [number, number] | null; n: number; campaignName: string } | null)[]
}

/** Units' SIPAS across campaigns (years) as lines with intervals. */
export function trendChart(categories: readonly string[], series: readonly TrendSeries[], lang: Language, t: ResultsT): ChartConfiguration<'line'> {
  return {
    type: 'line',
    data: {
      labels: [...categories],
      datasets: series.map((s, i) => ({
        label: s.name,
        data: s.points.map((p) => p?.value ?? null),
        borderColor: PALETTE[i % PALETTE.length],
        backgroundColor: PALETTE[i % PALETTE.length],
        spanGaps: true,
      })),
    },
    options: {
      maintainAspectRatio: false,
      scales: { y: valueAxis('percent', lang) },
      plugins: {
        intervals: series.map((s) => s.points.map((p) => p?.interval ?? null)),
        tooltip: {
          callbacks: {
            label: (item) => {
              const point = series[item.datasetIndex]!.points[item.dataIndex]
              if (!point) return ''
              return `${series[item.datasetIndex]!.name} (${point.campaignName}): ${t('chart.tooltip', { value: formatFigure(point.value, 'percent', lang), interval: point.interval ? formatInterval({ ciLow: point.interval[0], ciHigh: point.interval[1] }, 'percent', lang) : '—', n: point.n })}`
            },
          },
        },
      },
    },
  }
}
