import { useMemo } from 'preact/hooks'
import { useLocation } from 'preact-iso'
import { endpoints } from '../../../shared/api/endpoints'
import type { QuestionnaireKind } from '../../../shared/questionnaires/schemas'
import { call, withQuery } from '../../api/client'
import { formatNumber } from '../../i18n/format'
import { useLanguage } from '../../i18n/language'
import { useT } from '../../i18n/translate'
import { ChartCanvas } from './ChartCanvas'
import { trendChart } from './chart-configs'
import { resultsMessages } from './messages'
import { FiltersBar, IndicativeBadge, ResourceView, useFilters } from './parts'
import { useResource } from './use-resource'
import { chartPoint, compareTrends, type Filters, filtersToQuery, formatFigure, formatInterval, parseIdList, surveyedAgencies, trendKinds } from './view-model'

/** `/admin/results/compare?units=1,2&kind=sipas2017`: units' index year over year, campaigns of one questionnaire kind at a time. */
export function ComparePage() {
  const t = useT(resultsMessages)
  const lang = useLanguage()
  const { path, query, route } = useLocation()
  const [filters, setFilters] = useFilters()
  const choices = useResource(async (signal) => {
    const [campaigns, agencies] = await Promise.all([call(endpoints.campaigns.list, { signal }), call(endpoints.agencies.list, { signal })])
    return { campaigns, agencies: surveyedAgencies(agencies, campaigns) }
  }, [])
  const chosen = query.units !== undefined ? parseIdList(query.units) : choices.status === 'ready' ? (choices.data.campaigns[0]?.agencyIds ?? []) : []
  const toggle = (id: number, on: boolean) => {
    const next = on ? [...chosen, id] : chosen.filter((c) => c !== id)
    route(withQuery(path, { ...query, units: next.join(',') }), true)
  }
  return (
    <section class="results">
      <a href="/admin/results">← {t('nav.backToOverview')}</a>
      <h1>{t('compare.title')}</h1>
      <p class="muted">{t('compare.intro')}</p>
      <FiltersBar filters={filters} onChange={setFilters} dates={false} />
      <ResourceView resource={choices}>
        {({ agencies }) =>
          agencies.length === 0 ? (
            <p class="muted">{t('overview.noCampaigns')}</p>
          ) : (
            <fieldset class="unit-picker">
              <legend>{t('compare.units')}</legend>
              {agencies.map((a) => (
                <label key={a.id}>
                  <input type="checkbox" checked={chosen.includes(a.id)} onChange={(e) => toggle(a.id, e.currentTarget.checked)} /> {a.name}
                </label>
              ))}
            </fieldset>
          )
        }
      </ResourceView>
      {chosen.length > 0 && (
        <Trends agencyIds={chosen} filters={filters} lang={lang} kind={query.kind} onKind={(kind) => route(withQuery(path, { ...query, kind }), true)} />
      )}
    </section>
  )
}

function Trends({
  agencyIds,
  filters,
  lang,
  kind,
  onKind,
}: {
  agencyIds: number[]
  filters: Filters
  lang: 'vi' | 'en'
  kind: string | undefined
  onKind: (kind: string) => void
}) {
  const t = useT(resultsMessages)
  const { includeFlagged, verifiedOnly, channel } = filtersToQuery(filters)
  const trendQuery = { includeFlagged, verifiedOnly, channel }
  const trends = useResource(
    (signal) => Promise.all(agencyIds.map((id) => call(endpoints.indices.agencyTrend, { params: { id }, query: trendQuery, signal }))),
    [agencyIds.join(','), JSON.stringify(trendQuery)],
  )
  return (
    <ResourceView resource={trends}>
      {(data) => {
        const kinds = trendKinds(data)
        const shown = kind !== undefined && kinds.includes(kind as QuestionnaireKind) ? (kind as QuestionnaireKind) : (kinds[0] ?? null)
        const comparison = compareTrends(data, shown)
        return (
          <>
            {kinds.length > 0 && (
              <label class="campaign-picker">
                {t('compare.kind')}{' '}
                <select value={shown ?? ''} onChange={(e) => onKind(e.currentTarget.value)}>
                  {kinds.map((k) => (
                    <option key={k} value={k}>
                      {t(`compare.kind.${k}`)}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <p class="muted">{t('compare.likeWithLike')}</p>
            <TrendChart comparison={comparison} lang={lang} />
            <table class="results-table">
              <caption>{t('compare.tableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('col.unit')}</th>
                  {comparison.categories.map((c) => (
                    <th key={c} scope="col" class="num">
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {comparison.rows.map((row) => (
                  <tr key={row.agencyId}>
                    <th scope="row">{row.name}</th>
                    {row.cells.map((cell, i) => (
                      <td key={i} class="num">
                        {cell === null ? (
                          <span class="muted">{t('compare.notSurveyed')}</span>
                        ) : (
                          <>
                            <strong>{formatFigure(cell.sipas.value, 'percent', lang)}</strong>{' '}
                            {cell.sipas.indicative && cell.sipas.value !== null && <IndicativeBadge />}
                            <br />
                            <small>
                              {formatInterval(cell.sipas, 'percent', lang)} · n = {cell.sipas.n}
                            </small>
                            <br />
                            <small class="muted">{cell.campaignName}</small>
                            {cell.change !== null && (
                              <>
                                <br />
                                <small class={cell.change >= 0 ? 'change-up' : 'change-down'}>
                                  {t('compare.change', { change: `${cell.change >= 0 ? '+' : '−'}${formatNumber(Math.abs(cell.change), lang, 1)}` })}
                                  {cell.overlaps && ` ${t('compare.overlaps')}`}
                                </small>
                              </>
                            )}
                          </>
                        )}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
            <p class="muted">{t('compare.note')}</p>
          </>
        )
      }}
    </ResourceView>
  )
}

function TrendChart({ comparison, lang }: { comparison: ReturnType<typeof compareTrends>; lang: 'vi' | 'en' }) {
  const t = useT(resultsMessages)
  const config = useMemo(
    () =>
      trendChart(
        comparison.categories,
        comparison.rows.map((row) => ({
          name: row.name,
          points: row.cells.map((cell) => (cell === null ? null : { ...chartPoint(cell.sipas), n: cell.sipas.n, campaignName: cell.campaignName })),
        })),
        lang,
        t,
      ),
    [comparison, lang],
  )
  return <ChartCanvas config={config} label={t('compare.chartLabel')} height={320} />
}
