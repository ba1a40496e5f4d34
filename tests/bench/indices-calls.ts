// The dashboard's indices call over HTTP on the large campaign (gzip, as a browser asks; the
// time until the whole body is received): the first call after a change (computed), the
// same call repeated at rest (the server's cache), a conditional call (304), and calls
// while answers arrive at a steady rate into the same campaign (each fold by the applier,
// and each answer still queued, is a new version).
import { performance } from 'node:perf_hooks'
import type { CampaignIndices } from '../../shared/indices/schemas'
import type { ApiSession } from '../helpers/survey-links'
import { createLinks, type HttpCampaign } from './bench-campaign-api'
import { median, percentile } from './bulk'
import { type IngestResult, loadIngest } from './ingest'

export interface CallTimes {
  p50: number
  p95: number
  calls: number
}

export interface IndicesCalls {
  /** The first call after the campaign was renamed: computed. */
  changed: CallTimes
  /** The same call again, nothing changed: from the cache. */
  repeated: CallTimes
  /** With the ETag of the last answer: 304, no body. */
  conditional: CallTimes
  /** Calls one after another while answers arrive; `computed` of them answered a new ETag. */
  duringIngest: CallTimes & { computed: number; ingest: IngestResult; rate: number }
  /** Respondents in the indices (with the flagged) before the ingest, and after it once folded. */
  respondents: number
  respondentsAfter: number
}

interface Options {
  baseUrl: string
  session: ApiSession
  /** The large campaign, with the questionnaire its answers are drawn from. */
  campaign: HttpCampaign
  name: string
  runs: number
  ingest: { rate: number; seconds: number; connections: number }
}

const times = (samples: number[]): CallTimes => ({ p50: median(samples), p95: percentile(samples, 95), calls: samples.length })

export async function timeIndicesCalls(options: Options): Promise<IndicesCalls> {
  const { baseUrl, session, campaign, runs } = options
  const url = `${baseUrl}/api/v1/campaigns/${campaign.campaignId}/indices`
  const call = async (etag?: string) => {
    const start = performance.now()
    const response = await fetch(url, { headers: { Cookie: session.cookie, 'Accept-Encoding': 'gzip', ...(etag && { 'If-None-Match': etag }) } })
    const body = await response.arrayBuffer()
    const ms = performance.now() - start
    if (response.status !== 200 && !(etag && response.status === 304)) throw new Error(`indices: HTTP ${response.status}`)
    return { ms, status: response.status, etag: response.headers.get('ETag')!, body }
  }
  const respondentsOf = (body: ArrayBuffer) =>
    (JSON.parse(Buffer.from(body).toString('utf8')) as CampaignIndices).units.reduce((n, u) => n + u.n + u.flagged, 0)
  const rename = async (name: string) => {
    const response = await session.call(`/campaigns/${campaign.campaignId}`, { method: 'PATCH', body: { name } })
    if (response.status !== 200) throw new Error(`rename the campaign: HTTP ${response.status}`)
  }

  const first = await call()
  const respondents = respondentsOf(first.body)
  const repeated: number[] = []
  for (let i = 0; i < runs; i++) repeated.push((await call()).ms)
  const conditional: number[] = []
  for (let i = 0; i < runs; i++) {
    const answer = await call(first.etag)
    if (answer.status !== 304) throw new Error(`indices with If-None-Match: HTTP ${answer.status}, not 304`)
    conditional.push(answer.ms)
  }
  const changed: number[] = []
  let etag = first.etag
  for (let i = 0; i < runs; i++) {
    await rename(`${options.name} ${i % 2 === 0 ? '(đổi tên)' : ''}`.trim())
    const answer = await call()
    if (answer.etag === etag) throw new Error('indices: the same ETag after the campaign was renamed')
    etag = answer.etag
    changed.push(answer.ms)
  }
  await rename(options.name)

  const codes = await createLinks(session, campaign, 'qr', Math.min(10, campaign.agencyIds.length))
  let ingesting = true
  const ingestRun = loadIngest({
    baseUrl,
    codes,
    questionnaire: campaign.questionnaire,
    connections: options.ingest.connections,
    seconds: options.ingest.seconds,
    rate: options.ingest.rate,
    seed: 9,
  }).finally(() => {
    ingesting = false
  })
  const during: number[] = []
  let computed = 0
  let last = ''
  while (ingesting) {
    const answer = await call()
    during.push(answer.ms)
    if (answer.etag !== last) computed++
    last = answer.etag
  }
  const ingest = await ingestRun
  // the applier's next pass; the figures are exact either way, this only reads them settled
  await new Promise((resolve) => setTimeout(resolve, 2000))
  const respondentsAfter = respondentsOf((await call()).body)
  return {
    changed: times(changed),
    repeated: times(repeated),
    conditional: times(conditional),
    duringIngest: { ...times(during), computed, ingest, rate: options.ingest.rate },
    respondents,
    respondentsAfter,
  }
}
