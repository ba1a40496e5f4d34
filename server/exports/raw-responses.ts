import { sql, type ExpressionBuilder, type Kysely } from 'kysely'
import { MIN_CELL_RESPONDENTS, type ResponsesExportQuery } from '../../shared/indices/schemas'
import type { DatabaseSchema } from '../db/schema'
import type { IndicesCampaign } from '../indices/queries/load-indices-campaign'
import { csvLine, CSV_BOM } from './csv'

const BATCH = 2000
const VIETNAM_OFFSET = '+07:00'

/** Start of a Viet Nam calendar day as an instant. */
const dayStart = (day: string) => new Date(`${day}T00:00:00${VIETNAM_OFFSET}`)
const nextDayStart = (day: string) => new Date(dayStart(day).getTime() + 24 * 3600 * 1000)
/** `YYYY-MM-DD HH:00`, Viet Nam time: the stored hour, nothing finer. */
const vietnamHour = (at: Date) => new Date(at.getTime() + 7 * 3600 * 1000).toISOString().slice(0, 13).replace('T', ' ') + ':00'

function filtersOf(campaignId: number, query: ResponsesExportQuery) {
  return (eb: ExpressionBuilder<DatabaseSchema, 'responses'>) =>
    eb.and([
      eb('campaign_id', '=', campaignId),
      ...(query.agencyId ? [eb('agency_id', '=', query.agencyId)] : []),
      ...(query.includeFlagged ? [] : [eb('flagged', '=', false)]),
      ...(query.verifiedOnly ? [eb('verified', '=', true)] : []),
      ...(query.channel ? [eb('channel', '=', query.channel)] : []),
      ...(query.from ? [eb('submitted_hour', '>=', dayStart(query.from))] : []),
      ...(query.to ? [eb('submitted_hour', '<', nextDayStart(query.to))] : []),
    ])
}

/**
 * The anonymised responses of a campaign as a CSV stream: no device id, no time finer
 * than the stored hour, comments only on request, and a demographic answer left blank
 * when fewer than 5 exported respondents of the unit share it (k-anonymity).
 */
export async function rawResponsesCsv(db: Kysely<DatabaseSchema>, campaign: IndicesCampaign, query: ResponsesExportQuery): Promise<ReadableStream<Uint8Array>> {
  const where = filtersOf(campaign.id, query)
  const definition = campaign.definition
  const criteria = definition.elements.flatMap((e) => e.criteria.map((c) => c.key))
  const groupSizes = await db
    .selectFrom(sql<{ agency_id: number; item: string; option: string }>`(
      select agency_id, d.key as item, d.value as option
      from responses, jsonb_each_text(demographics) d
      where id in (${db.selectFrom('responses').select('id').where(where)}))`.as('g'))
    .select(['agency_id', 'item', 'option', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(['agency_id', 'item', 'option'])
    .execute()
  const shown = new Set(groupSizes.filter((g) => Number(g.n) >= MIN_CELL_RESPONDENTS).map((g) => `${g.agency_id}|${g.item}|${g.option}`))
  const names = new Map(campaign.units.map((u) => [u.agencyId, u.name]))
  const header = [
    'Mã phiếu',
    'Cơ quan, đơn vị',
    'Kênh',
    'Giờ gửi (giờ Việt Nam)',
    'Đã xác minh',
    'Bị gắn cờ',
    'Lý do gắn cờ',
    ...criteria,
    'Hài lòng chung',
    'Có góp ý, phản ánh',
    'Mong muốn',
    ...definition.perceptions.map((p) => p.label.vi),
    'Lĩnh vực',
    ...definition.demographics.map((d) => d.label.vi),
    ...(query.includeComments ? ['Ý kiến khác'] : []),
  ]
  const encoder = new TextEncoder()
  let lastId = 0
  let started = false
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true
        controller.enqueue(encoder.encode(CSV_BOM + csvLine(header)))
      }
      const rows = await db.selectFrom('responses').selectAll().where(where).where('id', '>', lastId).orderBy('id').limit(BATCH).execute()
      if (rows.length === 0) {
        controller.close()
        return
      }
      lastId = rows[rows.length - 1]!.id
      const yesNo = (v: boolean | null) => (v === null ? '' : v ? 'có' : 'không')
      const text = rows
        .map((r) =>
          csvLine([
            r.id,
            names.get(r.agency_id) ?? r.agency_id,
            r.channel,
            vietnamHour(r.submitted_hour),
            yesNo(r.verified),
            yesNo(r.flagged),
            r.flag_reason,
            ...criteria.map((k) => r.answers[k] ?? null),
            r.overall,
            yesNo(r.gave_feedback),
            r.expectations.join('; '),
            ...definition.perceptions.map((p) => r.perceptions[p.key]),
            r.service_field,
            ...definition.demographics.map((d) => {
              const option = r.demographics[d.key]
              return option !== undefined && shown.has(`${r.agency_id}|${d.key}|${option}`) ? option : null
            }),
            ...(query.includeComments ? [r.comment] : []),
          ]),
        )
        .join('')
      controller.enqueue(encoder.encode(text))
    },
  })
}
