import { type ComponentChildren, Fragment } from 'preact'
import { useMemo } from 'preact/hooks'
import { useRoute } from 'preact-iso'
import { todayInVietnam } from '../../../shared/calendar/vietnam-time'
import { MIN_RELIABLE_N } from '../../../shared/indices/thresholds'
import { describeFilters, methodLines, REPORT_LABELS } from '../../../shared/reports/labels'
import { withQuery } from '../../api/client'
import { formatDate, formatPercent } from '../../i18n/format'
import { useLanguage } from '../../i18n/language'
import { useT } from '../../i18n/translate'
import { ChartCanvas } from './ChartCanvas'
import { rankingChart } from './chart-configs'
import { type CampaignResults, loadCampaignResults } from './load'
import { resultsMessages } from './messages'
import { channelName, FigureHeaders, ResourceView, useFilters } from './parts'
import { useResource } from './use-resource'
import { expectationsBase, filtersToQuery, formatFigure, formatInterval, labelsFor, rankUnits } from './view-model'

/** Units per criteria/expectations table, so a table fits the width of an A4 page. */
const UNITS_PER_TABLE = 4

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

type ReportUnit = CampaignResults['indices']['units'][number]

/** Units side by side, UNITS_PER_TABLE to a table: the first column's heading, a column per unit, then the rows for that group. */
function UnitTables({ units, first, children }: { units: ReportUnit[]; first: string; children: (group: ReportUnit[]) => ComponentChildren }) {
  return (
    <>
      {chunks(units, UNITS_PER_TABLE).map((group, g) => (
        <table key={g} class="results-table report-table matrix">
          <thead>
            <tr>
              <th scope="col">{first}</th>
              {group.map((u) => (
                <th key={u.agencyId} scope="col" class="num">
                  {u.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{children(group)}</tbody>
        </table>
      ))}
    </>
  )
}

/** `/admin/results/:campaignId/report`: the campaign's results as an A4 document for the browser's "Print → PDF". */
export function ReportPage() {
  const t = useT(resultsMessages)
  const { params } = useRoute()
  const campaignId = Number(params.campaignId)
  const [filters] = useFilters()
  const key = JSON.stringify(filters)
  const results = useResource((signal) => loadCampaignResults(campaignId, filters, signal), [campaignId, key])
  return (
    <article class="report-sheet">
      <div class="report-toolbar">
        <a href={withQuery(`/admin/results/${campaignId}`, filtersToQuery(filters))}>← {t('nav.backToOverview')}</a>
        <button type="button" class="button" onClick={() => window.print()}>
          {t('report.print')}
        </button>
      </div>
      <ResourceView resource={results}>{(data) => <Report data={data} />}</ResourceView>
    </article>
  )
}

function Report({ data }: { data: CampaignResults }) {
  const t = useT(resultsMessages)
  const lang = useLanguage()
  const { indices, questionnaire } = data
  const labels = labelsFor(questionnaire, lang, (c) => channelName(lang, c))
  const ranked = useMemo(() => rankUnits(indices.units), [indices])
  const chart = useMemo(() => rankingChart(ranked, lang, t), [ranked, lang])
  const points = indices.unit === 'points'
  const elementKeys = questionnaire.elements.map((e) => e.key)
  const short = (i: number) => t('report.elementShort', { i: i + 1 })
  // units without any response would only add empty columns to the detailed tables
  const units = ranked.map((r) => r.unit).filter((u) => u.n > 0)
  const silent = ranked.map((r) => r.unit).filter((u) => u.n === 0)
  let section = 0
  const heading = (text: string) => `${++section}. ${text}`
  return (
    <>
      <header class="report-title">
        <h1>{t('report.title')}</h1>
        <p class="report-campaign">
          {indices.campaignName} — {t('report.year', { year: indices.year })}
        </p>
        <p>{t('report.generated', { date: formatDate(todayInVietnam(), lang) })}</p>
        <p>{t('report.filters', { filters: describeFilters(indices.filters, lang).join(' ') })}</p>
      </header>

      <h2>{heading(t('report.ranking'))}</h2>
      <table class="results-table report-table">
        <thead>
          <tr>
            <th scope="col">{t('col.rank')}</th>
            <th scope="col">{t('col.unit')}</th>
            <FigureHeaders index={points ? t('col.satisfactionRate') : t('col.sipas')} />
            {points ? (
              <>
                <th scope="col" class="num">
                  {t('col.pointsTotal')}
                </th>
                <th scope="col">{t('col.grade')}</th>
              </>
            ) : (
              elementKeys.map((key, i) => (
                <th key={key} scope="col" class="num" title={labels.element(key)}>
                  {short(i)}
                </th>
              ))
            )}
          </tr>
        </thead>
        <tbody>
          {ranked.map(({ rank, unit }) => (
            <tr key={unit.agencyId}>
              <td class="num">{rank ?? (unit.sipas.value === null ? '—' : t('overview.unrankedCell'))}</td>
              <th scope="row">{unit.name}</th>
              <td class="num">
                <strong>{formatFigure(unit.sipas.value, 'percent', lang)}</strong>
                {unit.sipas.indicative && unit.sipas.value !== null && '*'}
              </td>
              <td class="num">{formatInterval(unit.sipas, 'percent', lang)}</td>
              <td class="num">{unit.sipas.n}</td>
              {points ? (
                <>
                  <td class="num">{unit.points?.total == null ? '—' : `${formatFigure(unit.points.total, 'points', lang)} / ${unit.points.max}`}</td>
                  <td>{unit.points?.grade ? REPORT_LABELS[lang].grade[unit.points.grade] : '—'}</td>
                </>
              ) : (
                elementKeys.map((key) => {
                  const element = unit.elements.find((e) => e.key === key)
                  return (
                    <td key={key} class="num">
                      {element ? formatFigure(element.value, 'percent', lang) : '—'}
                      {element?.indicative && element.value !== null && '*'}
                    </td>
                  )
                })
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <p class="report-note">
        {t('report.indicativeNote', { min: MIN_RELIABLE_N })}
        {!points && ` ${elementKeys.map((key, i) => `${short(i)}: ${labels.element(key)}`).join('; ')}.`}
      </p>
      {ranked.some(({ unit }) => unit.elementsWithoutData.length > 0) && !points && (
        <p class="report-note">
          {ranked
            .filter(({ unit }) => unit.n > 0 && unit.elementsWithoutData.length > 0)
            .map(({ unit }) =>
              t('report.withoutData', {
                unit: unit.name,
                elements: unit.elementsWithoutData.map(labels.element).join(', '),
                count: unit.elements.length - unit.elementsWithoutData.length,
                total: unit.elements.length,
              }),
            )
            .join(' ')}
        </p>
      )}
      <div class="report-chart">
        <ChartCanvas config={chart} label={t('overview.chartLabel')} height={60 + ranked.length * 36} />
      </div>

      <h2 class="page-break">{heading(points ? t('report.indicators') : t('report.criteria'))}</h2>
      {silent.length > 0 && <p class="report-note">{t('report.silentUnits', { units: silent.map((u) => u.name).join(', ') })}</p>}
      <UnitTables units={units} first={points ? t('col.indicator') : t('col.criterion')}>
        {(group) =>
          questionnaire.elements.map((element) => (
            <Fragment key={element.key}>
              {!points && (
                <tr class="group-row">
                  <th scope="rowgroup" colSpan={group.length + 1}>
                    {labels.element(element.key)}
                  </th>
                </tr>
              )}
              {element.criteria.map((criterion) => (
                <tr key={criterion.key}>
                  <th scope="row">{labels.criterion(criterion.key)}</th>
                  {group.map((u) => {
                    const c = u.criteria.find((x) => x.key === criterion.key)
                    return (
                      <td key={u.agencyId} class="num">
                        {c ? formatFigure(c.value, indices.unit, lang) : '—'}
                        {c && c.value !== null && <small class="n"> n={c.n}</small>}
                      </td>
                    )
                  })}
                </tr>
              ))}
            </Fragment>
          ))
        }
      </UnitTables>

      {questionnaire.expectations && (
        <>
          <h2>{heading(t('report.expectations'))}</h2>
          <UnitTables units={units} first={t('col.expectation')}>
            {(group) => (
              <>
                {questionnaire.expectations!.options.map((option) => (
                  <tr key={option.key}>
                    <th scope="row">{labels.expectation(option.key)}</th>
                    {group.map((u) => (
                      <td key={u.agencyId} class="num">
                        {formatPercent(u.expectations.find((e) => e.key === option.key)?.share, lang)}
                      </td>
                    ))}
                  </tr>
                ))}
                <tr>
                  <th scope="row">{t('report.expectationsBase')}</th>
                  {group.map((u) => (
                    <td key={u.agencyId} class="num">
                      {expectationsBase(u.expectations)}
                    </td>
                  ))}
                </tr>
              </>
            )}
          </UnitTables>
        </>
      )}

      <h2>{heading(t('report.method'))}</h2>
      <table class="report-method">
        <tbody>
          {methodLines(indices, lang).map(([heading, text], i) => (
            <tr key={i}>
              <th scope="row">{heading}</th>
              <td>{text}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}
