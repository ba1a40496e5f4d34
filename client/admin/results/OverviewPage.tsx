import { Fragment } from 'preact'
import { useEffect, useMemo } from 'preact/hooks'
import { useLocation, useRoute } from 'preact-iso'
import { endpoints } from '../../../shared/api/endpoints'
import { MIN_RELIABLE_N } from '../../../shared/indices/thresholds'
import { REPORT_LABELS } from '../../../shared/reports/labels'
import { call, type Query, withQuery } from '../../api/client'
import { useLanguage } from '../../i18n/language'
import { useT } from '../../i18n/translate'
import { CaseFiguresCard } from '../cases/CaseFiguresCard'
import { can, useSession } from '../session'
import { ChannelCounts, TargetProgress } from '../targets/TargetProgress'
import { ChartCanvas } from './ChartCanvas'
import { rankingChart } from './chart-configs'
import { type CampaignResults, loadCampaignResults } from './load'
import { resultsMessages } from './messages'
import { channelName, FigureCell, FigureHeaders, FiltersBar, IndicativeBadge, ResourceView, useFilters } from './parts'
import { useResource } from './use-resource'
import { filtersToQuery, formatFigure, labelsFor, rankUnits } from './view-model'

/** `/admin/results` and `/admin/results/:campaignId`: choose a campaign, see its units ranked. */
export function OverviewPage() {
  const t = useT(resultsMessages)
  const { params } = useRoute()
  const { route, query } = useLocation()
  const campaignId = params.campaignId ? Number(params.campaignId) : null
  const campaigns = useResource((signal) => call(endpoints.campaigns.list, { signal }), [])

  useEffect(() => {
    // the newest campaign is shown until another is chosen
    if (campaignId === null && campaigns.status === 'ready' && campaigns.data[0]) route(withQuery(`/admin/results/${campaigns.data[0].id}`, query), true)
  }, [campaignId, campaigns.status])

  return (
    <section class="results">
      <div class="results-head">
        <h1>{t('overview.title')}</h1>
        <a href="/admin/results/compare">{t('nav.compare')}</a>
      </div>
      <ResourceView resource={campaigns}>
        {(list) =>
          list.length === 0 ? (
            <p class="muted">{t('overview.noCampaigns')}</p>
          ) : (
            <label class="campaign-picker">
              {t('overview.campaign')}{' '}
              <select value={campaignId ?? ''} onChange={(e) => route(withQuery(`/admin/results/${e.currentTarget.value}`, query))}>
                {list.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name} ({c.year}) — {t(`status.${c.status}`)}
                  </option>
                ))}
              </select>
            </label>
          )
        }
      </ResourceView>
      {campaignId !== null && <CampaignOverview campaignId={campaignId} />}
    </section>
  )
}

function CampaignOverview({ campaignId }: { campaignId: number }) {
  const t = useT(resultsMessages)
  const [filters, setFilters] = useFilters()
  const key = JSON.stringify(filters)
  const results = useResource((signal) => loadCampaignResults(campaignId, filters, signal), [campaignId, key])
  const exportQuery = filtersToQuery(filters)
  const { state } = useSession()
  return (
    <>
      <FiltersBar filters={filters} onChange={setFilters} />
      <nav class="results-actions" aria-label={t('exports.title')}>
        <span>{t('exports.title')}:</span>
        {(['xlsx', 'csv', 'json'] as const).map((format) => (
          <a key={format} class="button" href={withQuery(`/api/v1/campaigns/${campaignId}/export.${format}`, exportQuery)} download>
            {t(`exports.${format}`)}
          </a>
        ))}
        <a class="button" href={withQuery(`/api/v1/campaigns/${campaignId}/export.csv`, { ...exportQuery, dialect: 'semicolon' })} download>
          {t('exports.csvExcel')}
        </a>
        <a class="button" href={withQuery(`/admin/results/${campaignId}/report`, exportQuery)}>
          {t('nav.report')}
        </a>
        {state.status === 'user' && can(state.user, 'exportRawResponses') && (
          <>
            <a class="button" href={`/api/v1/campaigns/${campaignId}/responses.csv`} download>
              {t('exports.responses')}
            </a>
            <a class="button" href={`/api/v1/campaigns/${campaignId}/responses.csv?includeComments=true`} download>
              {t('exports.responsesWithComments')}
            </a>
            <a class="button" href={`/api/v1/campaigns/${campaignId}/responses.csv?dialect=semicolon`} download>
              {t('exports.responsesExcel')}
            </a>
            <a class="button" href={`/api/v1/campaigns/${campaignId}/responses.csv?labels=codes`} download>
              {t('exports.responsesCodes')}
            </a>
          </>
        )}
      </nav>
      <ResourceView resource={results}>
        {(data) => (
          <>
            <Ranking results={data} query={exportQuery} />
            <CaseFiguresCard campaignId={campaignId} units={data.indices.units} />
          </>
        )}
      </ResourceView>
    </>
  )
}

function Ranking({ results, query }: { results: CampaignResults; query: Query }) {
  const t = useT(resultsMessages)
  const lang = useLanguage()
  const { indices, questionnaire } = results
  const ranked = useMemo(() => rankUnits(indices.units), [indices])
  const chart = useMemo(() => rankingChart(ranked, lang, t), [ranked, lang])
  const labels = labelsFor(questionnaire, lang, (c) => channelName(lang, c))
  const points = indices.unit === 'points'
  if (indices.units.length === 0) return <p class="muted">{t('overview.noUnits')}</p>
  return (
    <>
      <p class="muted">{points ? t('method.points.short') : t('method.share45.short')}</p>
      <ChartCanvas config={chart} label={t('overview.chartLabel')} height={60 + ranked.length * 44} />
      <p class="legend-note">
        <IndicativeBadge /> {t('indicative.explain')} {t('overview.whiskers')}
      </p>
      <table class="results-table">
        <caption>{t('overview.tableCaption', { min: MIN_RELIABLE_N })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('col.rank')}</th>
            <th scope="col">{t('col.unit')}</th>
            <FigureHeaders index={points ? t('col.satisfactionRate') : t('col.sipas')} />
            {points && (
              <th scope="col" class="num">
                {t('col.pointsTotal')}
              </th>
            )}
            {points && <th scope="col">{t('col.grade')}</th>}
            <th scope="col" class="num">
              {t('col.flagged')}
            </th>
            <th scope="col">{t('col.notes')}</th>
          </tr>
        </thead>
        <tbody>
          {ranked.map(({ rank, unit }, i) => (
            <Fragment key={unit.agencyId}>
              {rank === null && unit.sipas.value !== null && (i === 0 || ranked[i - 1]!.rank !== null) ? (
                <tr class="group-row">
                  <th scope="rowgroup" colSpan={points ? 9 : 7}>
                    {t('overview.unranked', { min: MIN_RELIABLE_N })}
                  </th>
                </tr>
              ) : null}
              <tr>
                <td class="num">{rank ?? (unit.sipas.value === null ? '—' : <span class="unranked">{t('overview.unrankedCell')}</span>)}</td>
                <th scope="row">
                  <a href={withQuery(`/admin/results/${indices.campaignId}/units/${unit.agencyId}`, query)}>{unit.name}</a>
                </th>
                <FigureCell estimate={unit.sipas} unit="percent" />
                {points && (
                  <td class="num">
                    {unit.points?.total === null || !unit.points ? '—' : `${formatFigure(unit.points.total, 'points', lang)} / ${unit.points.max}`}
                  </td>
                )}
                {points && <td>{unit.points?.grade ? REPORT_LABELS[lang].grade[unit.points.grade] : '—'}</td>}
                <td class="num">{unit.flagged}</td>
                <td>
                  {unit.n === 0
                    ? t('overview.noResponses')
                    : unit.elementsWithoutData.length > 0 && !points
                      ? t('overview.elementsWithoutData', {
                          elements: unit.elementsWithoutData.map(labels.element).join(', '),
                          count: unit.elements.length - unit.elementsWithoutData.length,
                          total: unit.elements.length,
                        })
                      : ''}
                  {unit.target != null ? (
                    <TargetProgress n={unit.n} target={unit.target} channels={unit.channels} />
                  ) : (
                    <ChannelCounts channels={unit.channels} />
                  )}
                </td>
              </tr>
            </Fragment>
          ))}
        </tbody>
      </table>
    </>
  )
}
