import { createHmac, randomBytes, randomInt } from 'node:crypto'
import { type ExpressionBuilder, type Kysely, sql } from 'kysely'
import { formatVietnamTime, vietnamDate, vietnamDayEnd, vietnamDayStart } from '../../shared/calendar/vietnam-time'
import { MIN_CELL_RESPONDENTS, type ResponsesExportQuery } from '../../shared/indices/schemas'
import type { QuestionnaireDefinition } from '../../shared/questionnaires/definition'
import { REPORT_LABELS } from '../../shared/reports/labels'
import type { DatabaseSchema } from '../db/schema'
import type { IndicesCampaign } from '../indices/queries/load-indices-campaign'
import { CSV_BOM, CSV_DIALECTS, csvLine } from './csv'

const BATCH = 2000
/** `YYYY-MM-DD HH:00`, Viet Nam time: the stored hour, nothing finer. */
const submittedHour = (at: Date) => `${vietnamDate(at)} ${formatVietnamTime(at)}`

function filtersOf(campaignId: number, query: ResponsesExportQuery) {
  return (eb: ExpressionBuilder<DatabaseSchema, 'responses'>) =>
    eb.and([
      eb('campaign_id', '=', campaignId),
      ...(query.agencyId ? [eb('agency_id', '=', query.agencyId)] : []),
      // As in the figures: an answer excluded by review is never exported, one included by review counts as unflagged.
      eb.or([eb('review', 'is', null), eb('review', '!=', 'exclude')]),
      ...(query.includeFlagged ? [] : [eb.or([eb('flagged', '=', false), eb('review', '=', 'include')])]),
      ...(query.verifiedOnly ? [eb('verified', '=', true)] : []),
      ...(query.channel ? [eb('channel', '=', query.channel)] : []),
      ...(query.from ? [eb('submitted_hour', '>=', vietnamDayStart(query.from))] : []),
      ...(query.to ? [eb('submitted_hour', '<', vietnamDayEnd(query.to))] : []),
    ])
}

/** Header and value wording of one variant: Vietnamese labels for people, keys and codes for programs. */
function vocabulary(definition: QuestionnaireDefinition, labels: ResponsesExportQuery['labels']) {
  const optionLabels = (options: { key: string; label: { vi: string } }[] | undefined) => new Map(options?.map((o) => [o.key, o.label.vi]))
  const spoken = labels === 'vi'
  const word = (map: Map<string, string>) => (code: string | null | undefined) => (code == null ? null : spoken ? (map.get(code) ?? code) : code)
  return {
    criterion: (c: { key: string; label: { vi: string } }) => (spoken ? c.label.vi : c.key),
    channel: word(new Map(Object.entries(REPORT_LABELS.vi.channel))),
    expectation: word(optionLabels(definition.expectations?.options)),
    serviceField: word(optionLabels(definition.serviceFields?.options)),
    perception: new Map(definition.perceptions.map((p) => [p.key, word(optionLabels(p.options))])),
    demographic: new Map(definition.demographics.map((d) => [d.key, word(optionLabels(d.options))])),
  }
}

/** Fisher–Yates with the system's random source. */
function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomInt(i + 1)
    ;[items[i], items[j]] = [items[j]!, items[i]!]
  }
  return items
}

/**
 * The anonymised responses of a campaign as a CSV stream: no device id, no time finer
 * than the stored hour, comments only on request, and a demographic answer left blank
 * when fewer than 5 exported respondents of the unit share it (k-anonymity).
 * Stored ids are sequential, and with the hour they would tell the order of answers:
 * each export names a response by an HMAC of its id under a key drawn for that export
 * alone, and shuffles the rows of every batch it reads.
 */
export async function rawResponsesCsv(db: Kysely<DatabaseSchema>, campaign: IndicesCampaign, query: ResponsesExportQuery): Promise<ReadableStream<Uint8Array>> {
  const where = filtersOf(campaign.id, query)
  const definition = campaign.definition
  const criteria = definition.elements.flatMap((e) => e.criteria)
  const groupSizes = await db
    .selectFrom(
      sql<{ agency_id: number; item: string; option: string }>`(
      select agency_id, d.key as item, d.value as option
      from responses, jsonb_each_text(demographics) d
      where id in (${db.selectFrom('responses').select('id').where(where)}))`.as('g'),
    )
    .select(['agency_id', 'item', 'option', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(['agency_id', 'item', 'option'])
    .execute()
  const shown = new Set(groupSizes.filter((g) => Number(g.n) >= MIN_CELL_RESPONDENTS).map((g) => `${g.agency_id}|${g.item}|${g.option}`))
  const names = new Map(campaign.units.map((u) => [u.agencyId, u.name]))
  const words = vocabulary(definition, query.labels)
  const dialect = CSV_DIALECTS[query.dialect]
  const exportKey = randomBytes(32)
  const opaqueId = (id: number) => createHmac('sha256', exportKey).update(String(id)).digest('hex').slice(0, 16)
  const header = [
    'Mã phiếu',
    'Cơ quan, đơn vị',
    'Kênh',
    'Giờ gửi (giờ Việt Nam)',
    'Đã xác minh',
    'Bị gắn cờ',
    'Lý do gắn cờ',
    ...criteria.map(words.criterion),
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
        controller.enqueue(encoder.encode(CSV_BOM + csvLine(header, dialect)))
      }
      const rows = await db.selectFrom('responses').selectAll().where(where).where('id', '>', lastId).orderBy('id').limit(BATCH).execute()
      if (rows.length === 0) {
        controller.close()
        return
      }
      lastId = rows[rows.length - 1]!.id
      const yesNo = (v: boolean | null) => (v === null ? '' : v ? 'có' : 'không')
      const text = shuffle(rows)
        .map((r) =>
          csvLine(
            [
              opaqueId(r.id),
              names.get(r.agency_id) ?? r.agency_id,
              words.channel(r.channel),
              submittedHour(r.submitted_hour),
              yesNo(r.verified),
              yesNo(r.flagged),
              r.flag_reason,
              ...criteria.map((c) => r.answers[c.key] ?? null),
              r.overall,
              yesNo(r.gave_feedback),
              r.expectations.map(words.expectation).join('; '),
              ...definition.perceptions.map((p) => words.perception.get(p.key)!(r.perceptions[p.key])),
              words.serviceField(r.service_field),
              ...definition.demographics.map((d) => {
                const option = r.demographics[d.key]
                return option !== undefined && shown.has(`${r.agency_id}|${d.key}|${option}`) ? words.demographic.get(d.key)!(option) : null
              }),
              ...(query.includeComments ? [r.comment] : []),
            ],
            dialect,
          ),
        )
        .join('')
      controller.enqueue(encoder.encode(text))
    },
  })
}
