import { endpoints } from '../../../shared/api/endpoints'
import { call } from '../../api/client'
import { formatNumber, formatPercent } from '../../i18n/format'
import { useLanguage } from '../../i18n/language'
import { useT } from '../../i18n/translate'
import { useResource } from '../results/use-resource'
import { casesMessages } from './messages'

/** On the results page: per unit, cases opened, answered, answered on time and median days to answer. */
export function CaseFiguresCard({ campaignId, units }: { campaignId: number; units: { agencyId: number; name: string }[] }) {
  const t = useT(casesMessages)
  const lang = useLanguage()
  const figures = useResource((signal) => call(endpoints.caseFigures.campaign, { params: { id: campaignId }, signal }), [campaignId])
  if (figures.status !== 'ready') return null
  const rows = units.flatMap((unit) => {
    const found = figures.data.find((f) => f.agencyId === unit.agencyId)
    return found ? [{ unit, f: found }] : []
  })
  return (
    <section class="card case-figures" aria-labelledby="case-figures-title">
      <h2 id="case-figures-title">{t('figures.title')}</h2>
      {rows.length === 0 ? (
        <p class="muted">{t('figures.none')}</p>
      ) : (
        <table class="results-table">
          <caption>{t('figures.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('col.unit')}</th>
              <th scope="col" class="num">
                {t('figures.opened')}
              </th>
              <th scope="col" class="num">
                {t('figures.answered')}
              </th>
              <th scope="col" class="num">
                {t('figures.onTime')}
              </th>
              <th scope="col" class="num">
                {t('figures.onTimeShare')}
              </th>
              <th scope="col" class="num">
                {t('figures.median')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ unit, f }) => (
              <tr key={unit.agencyId}>
                <th scope="row">{unit.name}</th>
                <td class="num">{f.opened}</td>
                <td class="num">{f.answered}</td>
                <td class="num">{f.answeredOnTime}</td>
                <td class="num">{formatPercent((f.answeredOnTime / f.opened) * 100, lang)}</td>
                <td class="num">{f.medianDaysToAnswer === null ? '—' : formatNumber(f.medianDaysToAnswer, lang, 1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <a class="button" href={`/api/v1/campaigns/${campaignId}/export-cases.csv?dialect=semicolon`} download>
        {t('figures.csv')}
      </a>
    </section>
  )
}
