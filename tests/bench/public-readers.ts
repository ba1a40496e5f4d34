// The public results page under a crowd: ingest latency at a steady rate alone, then the same
// rate while `readers` connections read /ket-qua/:id as fast as the server answers (autocannon,
// one request in flight each, gzip as a browser asks). The page is a closed, published
// campaign's, served from the in-process cache.
import autocannon from 'autocannon'
import type { ApiSession } from '../helpers/survey-links'
import { createHttpCampaign, createLinks } from './bench-campaign-api'
import { type IngestResult, type LoadResult, loadIngest } from './ingest'

export interface PublicReadersResult {
  alone: IngestResult
  beside: IngestResult
  readers: LoadResult
  pageBytes: number
}

interface PublicReadersOptions {
  baseUrl: string
  session: ApiSession
  /** The ingest runs: the links, questionnaire and connections of the main ingest scenario. */
  ingest: Omit<Parameters<typeof loadIngest>[0], 'seconds' | 'rate' | 'seed'>
  rate: number
  seconds: number
  readers: number
}

async function publishedCampaign(baseUrl: string, session: ApiSession): Promise<number> {
  const campaign = await createHttpCampaign(session, 5, 'Bench public results')
  const codes = await createLinks(session, campaign, 'qr', 5)
  await loadIngest({ baseUrl, codes, questionnaire: campaign.questionnaire, connections: 8, seconds: 2, rate: 200, seed: 7 })
  for (const [path, method, body] of [
    [`/campaigns/${campaign.campaignId}`, 'PATCH', { status: 'closed' }],
    [`/campaigns/${campaign.campaignId}/publication`, 'POST', undefined],
  ] as const) {
    const response = await session.call(path, { method, body })
    if (response.status !== 200) throw new Error(`${method} ${path}: HTTP ${response.status}`)
  }
  return campaign.campaignId
}

export async function publicReaders(options: PublicReadersOptions): Promise<PublicReadersResult> {
  const campaignId = await publishedCampaign(options.baseUrl, options.session)
  const url = `${options.baseUrl}/ket-qua/${campaignId}`
  const page = await fetch(url, { headers: { 'Accept-Encoding': 'gzip' } })
  const pageBytes = (await page.arrayBuffer()).byteLength
  if (page.status !== 200) throw new Error(`GET /ket-qua/${campaignId}: HTTP ${page.status}`)

  const alone = await loadIngest({ ...options.ingest, seconds: options.seconds, rate: options.rate, seed: 8 })
  const [reading, beside] = await Promise.all([
    // in a worker thread, so that the readers do not delay the ingest pacer of this thread
    autocannon({ url, connections: options.readers, duration: options.seconds + 2, workers: 1, headers: { 'accept-encoding': 'gzip' } }),
    // the readers connect first
    new Promise<IngestResult>((resolve, reject) =>
      setTimeout(() => loadIngest({ ...options.ingest, seconds: options.seconds, rate: options.rate, seed: 9 }).then(resolve, reject), 1000),
    ),
  ])
  const statuses: Record<number, number> = Object.fromEntries(
    Object.entries(reading.statusCodeStats ?? {}).map(([status, stats]) => [Number(status), stats.count ?? 0]),
  )
  statuses[0] = reading.errors + reading.timeouts
  const answered = Object.entries(statuses).reduce((sum, [status, n]) => sum + (status === '0' ? 0 : n), 0)
  const readers = { perSecond: answered / reading.duration, p50: reading.latency.p50, p99: reading.latency.p99, statuses, seconds: reading.duration }
  return { alone, beside, readers, pageBytes }
}
