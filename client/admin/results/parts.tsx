import type { ComponentChildren } from 'preact'
import { useLocation } from 'preact-iso'
import type { Estimate } from '../../../shared/indices/schemas'
import type { Language } from '../../../shared/languages'
import { REPORT_LABELS } from '../../../shared/reports/labels'
import { ApiClientError, withQuery } from '../../api/client'
import { useLanguage } from '../../i18n/language'
import { type Translate, useT } from '../../i18n/translate'
import { resultsMessages } from './messages'
import type { Resource } from './use-resource'
import { CHANNELS, type FigureUnit, type Filters, filtersFromQuery, filtersToQuery, formatFigure, formatInterval } from './view-model'

export type ResultsT = Translate<(typeof resultsMessages)['vi']>

/** The filters of the current page (from its query string) and a setter that keeps the other parameters. */
export function useFilters(): [Filters, (next: Filters) => void] {
  const { path, query, route } = useLocation()
  const filters = filtersFromQuery(query)
  const setFilters = (next: Filters) => {
    const others = Object.fromEntries(Object.entries(query).filter(([key]) => !(key in filters)))
    route(withQuery(path, { ...others, ...filtersToQuery(next) }), true)
  }
  return [filters, setFilters]
}

export function FiltersBar({ filters, onChange, dates = true }: { filters: Filters; onChange: (next: Filters) => void; dates?: boolean }) {
  const t = useT(resultsMessages)
  const lang = useLanguage()
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch })
  return (
    <fieldset class="results-filters">
      <legend>{t('filters.title')}</legend>
      <label>
        <input type="checkbox" checked={filters.includeFlagged} onChange={(e) => set({ includeFlagged: e.currentTarget.checked })} />
        {t('filters.includeFlagged')}
      </label>
      <label>
        <input type="checkbox" checked={filters.verifiedOnly} onChange={(e) => set({ verifiedOnly: e.currentTarget.checked })} />
        {t('filters.verifiedOnly')}
      </label>
      <label>
        {t('filters.channel')}{' '}
        <select value={filters.channel ?? ''} onChange={(e) => set({ channel: (e.currentTarget.value || null) as Filters['channel'] })}>
          <option value="">{t('filters.channel.all')}</option>
          {CHANNELS.map((channel) => (
            <option key={channel} value={channel}>
              {channelName(lang, channel)}
            </option>
          ))}
        </select>
      </label>
      {dates && (
        <>
          <label>
            {t('filters.from')}{' '}
            <input type="date" value={filters.from ?? ''} max={filters.to ?? undefined} onChange={(e) => set({ from: e.currentTarget.value || null })} />
          </label>
          <label>
            {t('filters.to')}{' '}
            <input type="date" value={filters.to ?? ''} min={filters.from ?? undefined} onChange={(e) => set({ to: e.currentTarget.value || null })} />
          </label>
        </>
      )}
    </fieldset>
  )
}

/** A channel in words; any other group key as it is. */
export function channelName(lang: Language, channel: string): string {
  const names: Record<string, string> = REPORT_LABELS[lang].channel
  return names[channel] ?? channel
}

export function IndicativeBadge() {
  const t = useT(resultsMessages)
  return (
    <span class="badge-indicative" title={t('indicative.explain')}>
      {t('indicative.badge')}
    </span>
  )
}

/** The column headers over `FigureCell`: the index (named by the table), its interval and n. */
export function FigureHeaders({ index }: { index: ComponentChildren }) {
  const t = useT(resultsMessages)
  return (
    <>
      <th scope="col" class="num">
        {index}
      </th>
      <th scope="col" class="num">
        {t('col.interval')}
      </th>
      <th scope="col" class="num">
        {t('col.n')}
      </th>
    </>
  )
}

/** An index with its interval and n, never one without the others. */
export function FigureCell({ estimate, unit }: { estimate: Estimate; unit: FigureUnit }) {
  const lang = useLanguage()
  return (
    <>
      <td class="num">
        <strong>{formatFigure(estimate.value, unit, lang)}</strong>
        {estimate.value !== null && estimate.indicative && (
          <>
            {' '}
            <IndicativeBadge />
          </>
        )}
      </td>
      <td class="num">{formatInterval(estimate, unit, lang)}</td>
      <td class="num">{estimate.n}</td>
    </>
  )
}

export function ResourceView<T>({ resource, children }: { resource: Resource<T>; children: (data: T) => ComponentChildren }) {
  const t = useT(resultsMessages)
  if (resource.status === 'loading')
    return (
      <p class="muted" role="status">
        {t('state.loading')}
      </p>
    )
  if (resource.status === 'error') {
    const { error } = resource
    const status = error instanceof ApiClientError ? error.status : 0
    const message =
      status === 401
        ? t('state.unauthorized')
        : status === 403
          ? t('state.forbidden')
          : status === 404
            ? t('state.notFound')
            : t('state.error', { message: error.message })
    return (
      <p class="results-error" role="alert">
        {message}
      </p>
    )
  }
  return <>{children(resource.data)}</>
}
