import { useMemo } from 'preact/hooks'
import { useRoute } from 'preact-iso'
import { endpoints } from '../../../shared/api/endpoints'
import type { Breakdowns, Timeline, UnitIndices } from '../../../shared/indices/schemas'
import { MIN_RELIABLE_N } from '../../../shared/indices/thresholds'
import { REPORT_LABELS } from '../../../shared/reports/labels'
import { call, withQuery } from '../../api/client'
import { formatPercent } from '../../i18n/format'
import { useLanguage } from '../../i18n/language'
import { useT } from '../../i18n/translate'
import { ResultNoteCard } from '../publication/ResultNoteCard'
import { ChartCanvas } from './ChartCanvas'
import { elementsChart, timelineChart } from './chart-configs'
import { type CampaignResults, loadCampaignResults } from './load'
import { resultsMessages } from './messages'
import { channelName, FigureCell, FigureHeaders, FiltersBar, IndicativeBadge, ResourceView, useFilters } from './parts'
import { useResource } from './use-resource'
import {
  criteriaWeakestFirst,
  expectationsBase,
  expectationsByShare,
  type Filters,
  filtersToQuery,
  flaggedShare,
  formatFigure,
  formatInterval,
  type Labels,
  labelsFor,
  unitCells,
} from './view-model'

interface UnitResults extends CampaignResults {
  unit: UnitIndices
  channels: Breakdowns
  timeline: Timeline
}

/** Days up to this span are drawn one bar a day; longer spans one bar a week. */
const DAILY_UP_TO_DAYS = 62

async function loadUnitResults(campaignId: number, agencyId: number, filters: Filters, signal: AbortSignal): Promise<UnitResults> {
  const query = { ...filtersToQuery(filters), agencyId }
  const [results, channels, daily] = await Promise.all([
    loadCampaignResults(campaignId, filters, signal, agencyId),
    call(endpoints.indices.breakdowns, { params: { id: campaignId }, query: { ...query, by: 'channel' }, signal }),
    call(endpoints.indices.timeline, { params: { id: campaignId }, query: { ...query, interval: 'day' }, signal }),
  ])
  const unit = results.indices.units.find((u) => u.agencyId === agencyId)
  if (!unit) throw new Error('not surveyed')
  const timeline =
    daily.points.length > DAILY_UP_TO_DAYS
      ? await call(endpoints.indices.timeline, { params: { id: campaignId }, query: { ...query, interval: 'week' }, signal })
      : daily
  return { ...results, unit, channels, timeline }
}

/** `/admin/results/:campaignId/units/:agencyId`: one unit's elements, criteria, expectations, channels and responses over time. */
export function UnitPage() {
  const t = useT(resultsMessages)
  const { params } = useRoute()
  const campaignId = Number(params.campaignId)
  const agencyId = Number(params.agencyId)
  const [filters, setFilters] = useFilters()
  const key = JSON.stringify(filters)
  const results = useResource((signal) => loadUnitResults(campaignId, agencyId, filters, signal), [campaignId, agencyId, key])
  return (
    <section class="results">
      <a href={withQuery(`/admin/results/${campaignId}`, filtersToQuery(filters))}>← {t('nav.backToOverview')}</a>
      <FiltersBar filters={filters} onChange={setFilters} />
      <ResourceView resource={results}>{(data) => <UnitView data={data} filters={filters} />}</ResourceView>
      <ResultNoteCard campaignId={campaignId} agencyId={agencyId} />
    </section>
  )
}

function UnitView({ data, filters }: { data: UnitResults; filters: Filters }) {
  const t = useT(resultsMessages)
  const lang = useLanguage()
  const { unit, indices, questionnaire } = data
  const labels = labelsFor(questionnaire, lang, (c) => channelName(lang, c))
  const figureUnit = indices.unit
  const scaleMax = Math.max(...questionnaire.scale.map((s) => s.value))
  const points = indices.unit === 'points'
  // the one-stop template groups its 9 indicators in one element: draw the indicators
  const elements = useMemo(
    () =>
      points
        ? elementsChart(unit.criteria, labels.criterion, figureUnit, scaleMax, lang, t)
        : elementsChart(unit.elements, labels.element, figureUnit, scaleMax, lang, t),
    [unit, lang],
  )
  const timeline = useMemo(() => timelineChart(data.timeline, lang, t), [data.timeline, lang])
  const flagged = flaggedShare(unit, filters.includeFlagged)
  return (
    <>
      <h1>{unit.name}</h1>
      <p class="muted">
        {indices.campaignName} ({indices.year})
      </p>
      <div class="cards">
        <div class="card">
          <span>{indices.unit === 'points' ? t('col.satisfactionRate') : t('col.sipas')}</span>
          <strong>{formatFigure(unit.sipas.value, 'percent', lang)}</strong>
          <small>
            {t('card.interval', { interval: formatInterval(unit.sipas, 'percent', lang) })} · n = {unit.sipas.n}{' '}
            {unit.sipas.indicative && unit.sipas.value !== null && <IndicativeBadge />}
          </small>
        </div>
        {unit.points && (
          <div class="card">
            <span>{t('col.pointsTotal')}</span>
            <strong>{unit.points.total === null ? '—' : `${formatFigure(unit.points.total, 'points', lang)} / ${unit.points.max}`}</strong>
            <small>{unit.points.grade ? REPORT_LABELS[lang].grade[unit.points.grade] : t('unit.pointsIncomplete')}</small>
          </div>
        )}
        {questionnaire.overall && indices.unit === 'percent' && (
          <div class="card">
            <span>{t('card.overall')}</span>
            <strong>{formatFigure(unit.overall.value, 'percent', lang)}</strong>
            <small>
              {t('card.interval', { interval: formatInterval(unit.overall, 'percent', lang) })} · n = {unit.overall.n}
            </small>
          </div>
        )}
        <div class="card">
          <span>{t('card.respondents')}</span>
          <strong>{unit.n}</strong>
          <small>{t('card.flagged', { count: unit.flagged, share: formatPercent(flagged, lang) })}</small>
        </div>
      </div>

      <h2>{points ? t('unit.indicators') : t('unit.elements')}</h2>
      <ChartCanvas config={elements} label={t('unit.elementsChart')} height={300} />
      {unit.elementsWithoutData.length > 0 && (
        <p class="no-data-note" role="note">
          {t('unit.noDataExplained', {
            elements: unit.elementsWithoutData.map(labels.element).join(', '),
            count: unit.elements.length - unit.elementsWithoutData.length,
            total: unit.elements.length,
          })}
          {questionnaire.elements.some((e) => e.onlyIf === 'gaveFeedback' && unit.elementsWithoutData.includes(e.key)) && ` ${t('unit.noDataFeedback')}`}
        </p>
      )}
      {!points && <EstimatesTable caption={t('unit.elementsTable')} rows={unit.elements} label={labels.element} figureUnit={figureUnit} />}

      <h2>{points ? t('unit.indicatorsWeakest') : t('unit.criteria')}</h2>
      <CriteriaTable unit={unit} labels={labels} figureUnit={figureUnit} />

      {unit.expectations.length > 0 && (
        <>
          <h2>{t('unit.expectations')}</h2>
          <table class="results-table">
            <thead>
              <tr>
                <th scope="col">{t('col.expectation')}</th>
                <th scope="col" class="num">
                  {t('col.chosenBy')}
                </th>
                <th scope="col" class="num">
                  {t('col.share')}
                </th>
                <th scope="col">
                  <span class="visually-hidden">{t('col.share')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {expectationsByShare(unit.expectations).map((e) => (
                <tr key={e.key}>
                  <th scope="row">{labels.expectation(e.key)}</th>
                  <td class="num">{e.n}</td>
                  <td class="num">{formatPercent(e.share, lang)}</td>
                  <td class="bar-cell">
                    <span class="share-bar" style={{ width: `${e.share ?? 0}%` }} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p class="muted">{t('unit.expectationsBase', { n: expectationsBase(unit.expectations) })}</p>
        </>
      )}

      <h2>{t('unit.channels')}</h2>
      <table class="results-table">
        <thead>
          <tr>
            <th scope="col">{t('col.channel')}</th>
            <th scope="col" class="num">
              {t('col.respondents')}
            </th>
            <th scope="col" class="num">
              {indices.unit === 'points' ? t('col.satisfactionRate') : t('col.sipas')}
            </th>
            <th scope="col" class="num">
              {t('col.interval')}
            </th>
          </tr>
        </thead>
        <tbody>
          {unitCells(data.channels.cells, unit.agencyId).map((cell) => (
            <tr key={cell.group}>
              <th scope="row">{labels.group('channel', cell.group)}</th>
              {cell.hidden || !cell.sipas ? (
                <td colSpan={3} class="muted">
                  {t('unit.cellHidden')}
                </td>
              ) : (
                <>
                  <td class="num">{cell.n}</td>
                  <td class="num">
                    {formatFigure(cell.sipas.value, 'percent', lang)} {cell.sipas.indicative && cell.sipas.value !== null && <IndicativeBadge />}
                  </td>
                  <td class="num">{formatInterval(cell.sipas, 'percent', lang)}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>

      <h2>{t('unit.kioskGaps')}</h2>
      <p class="muted">{t('unit.kioskGapsIntro', { min: MIN_RELIABLE_N })}</p>
      {(unit.kioskGaps ?? []).length === 0 ? (
        <p class="muted">{t('unit.kioskGapsNone', { min: MIN_RELIABLE_N })}</p>
      ) : (
        <table class="results-table">
          <thead>
            <tr>
              <th scope="col">{t('col.otherChannel')}</th>
              <th scope="col" class="num">
                {t('col.kiosk')}
              </th>
              <th scope="col" class="num">
                {t('col.otherChannel')}
              </th>
              <th scope="col" class="num">
                {t('col.gap')}
              </th>
            </tr>
          </thead>
          <tbody>
            {unit.kioskGaps!.map((gap) => (
              <tr key={gap.channel}>
                <th scope="row">{labels.group('channel', gap.channel)}</th>
                <td class="num">
                  {formatFigure(gap.kiosk.value, indices.unit, lang)} <small class="muted">{formatInterval(gap.kiosk, indices.unit, lang)}</small>
                </td>
                <td class="num">
                  {formatFigure(gap.other.value, indices.unit, lang)} <small class="muted">{formatInterval(gap.other, indices.unit, lang)}</small>
                </td>
                <td class={gap.ciLow > 0 ? 'num gap-above' : 'num'}>
                  {formatFigure(gap.gap, indices.unit, lang)} <small class="muted">{formatInterval(gap, indices.unit, lang)}</small>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>{data.timeline.interval === 'week' ? t('unit.timelineWeekly') : t('unit.timelineDaily')}</h2>
      {data.timeline.points.length === 0 ? (
        <p class="muted">{t('overview.noResponses')}</p>
      ) : (
        <ChartCanvas config={timeline} label={t('unit.timelineChart')} height={240} />
      )}
    </>
  )
}

function EstimatesTable({
  caption,
  rows,
  label,
  figureUnit,
}: {
  caption: string
  rows: UnitIndices['elements']
  label: (key: string) => string
  figureUnit: 'percent' | 'points'
}) {
  const t = useT(resultsMessages)
  return (
    <table class="results-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('col.element')}</th>
          <FigureHeaders index={t('col.index')} />
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{label(row.key)}</th>
            <FigureCell estimate={row} unit={figureUnit} />
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function CriteriaTable({ unit, labels, figureUnit }: { unit: UnitIndices; labels: Labels; figureUnit: 'percent' | 'points' }) {
  const t = useT(resultsMessages)
  return (
    <table class="results-table criteria-table">
      <caption>{t('unit.criteriaCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{figureUnit === 'points' ? t('col.indicator') : t('col.criterion')}</th>
          <th scope="col">{t('col.element')}</th>
          <FigureHeaders index={t('col.index')} />
        </tr>
      </thead>
      <tbody>
        {criteriaWeakestFirst(unit.criteria).map((c) => (
          <tr key={c.key}>
            <th scope="row">{labels.criterion(c.key)}</th>
            <td>{labels.element(c.element)}</td>
            <FigureCell estimate={c} unit={figureUnit} />
          </tr>
        ))}
      </tbody>
    </table>
  )
}
