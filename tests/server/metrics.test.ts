import type { AddressInfo } from 'node:net'
import { type ServerType, serve } from '@hono/node-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { useTestApp } from '../helpers/app'
import { createUserAndLogin } from '../helpers/auth'
import { createLinkCode, postResponse, sampleSubmission } from '../helpers/collection'
import { databaseKinds } from '../helpers/databases'
import { createSurveyFixture } from '../helpers/fixtures'
import { parsePrometheusText, type Sample } from '../helpers/prometheus-text'

const TOKEN = 'metrics-secret-for-tests'
const sum = (samples: Sample[], name: string, labels: Record<string, string>) =>
  samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v)).reduce((total, s) => total + s.value, 0)

describe.each(databaseKinds)('metrics on %s', (kind) => {
  const t = useTestApp(kind, { metricsToken: TOKEN })
  const scrape = async () => {
    const res = await t.app.request('/metrics', { headers: { Authorization: `Bearer ${TOKEN}` } })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/)
    return parsePrometheusText(await res.text())
  }

  it('refuses a scrape without the token', async () => {
    expect((await t.request('/metrics')).status).toBe(401)
    expect((await t.request('/metrics', { headers: { Authorization: 'Bearer wrong' } })).status).toBe(401)
  })

  it('counts accepted and refused answers by channel and reason, batches, latency per route group and memory', async () => {
    const fixture = await createSurveyFixture(t.ctx.db)
    const admin = await createUserAndLogin(t, 'admin')
    const qr = await createLinkCode(t, admin, fixture.campaignId, fixture.agencyId, 'qr')
    const before = (await scrape()).samples
    const sent = 7
    const submissions = Array.from({ length: sent }, () => sampleSubmission())
    for (const status of await Promise.all(submissions.map(async (s) => (await postResponse(t, qr, s)).status))) expect(status).toBe(201)
    expect((await postResponse(t, qr, submissions[0])).status).toBe(200)
    expect((await postResponse(t, qr, sampleSubmission({ overall: 9 }))).status).toBe(400)

    const { samples, types } = await scrape()
    const accepted = { name: 'hailong_answers_total', labels: { channel: 'qr', outcome: 'accepted', reason: 'stored' } }
    expect(types.get('hailong_answers_total')).toBe('counter')
    expect(sum(samples, accepted.name, accepted.labels) - sum(before, accepted.name, accepted.labels)).toBe(sent)
    expect(sum(samples, 'hailong_answers_total', { channel: 'qr', outcome: 'accepted', reason: 'replay' })).toBe(1)
    expect(sum(samples, 'hailong_answers_total', { channel: 'qr', outcome: 'refused', reason: 'validation_failed' })).toBe(1)
    // every answer that reached the writer is in exactly one committed batch
    expect(sum(samples, 'hailong_response_write_batch_size_sum', {}) - sum(before, 'hailong_response_write_batch_size_sum', {})).toBe(sent + 1)
    expect(sum(samples, 'hailong_response_write_batch_seconds_count', {})).toBeGreaterThan(0)
    const groups = new Set(samples.filter((s) => s.name === 'hailong_http_request_seconds_count').map((s) => s.labels.group))
    expect(groups).toContain('/api/v1/public')
    expect([...groups].some((g) => g?.includes(qr))).toBe(false)
    expect(sum(samples, 'hailong_process_resident_memory_bytes', {})).toBeGreaterThan(0)
    expect(samples.some((s) => s.name === 'hailong_rollup_queue_depth')).toBe(true)
    expect(samples.some((s) => s.name === 'hailong_rollup_queue_age_seconds')).toBe(true)
  })

  it('reports the rollup queue depth, and its age while answers wait', async () => {
    const fixture = await createSurveyFixture(t.ctx.db)
    const admin = await createUserAndLogin(t, 'admin')
    const qr = await createLinkCode(t, admin, fixture.campaignId, fixture.agencyId, 'qr')
    await t.ctx.rollupApplier.applyPending()
    expect(sum((await scrape()).samples, 'hailong_rollup_queue_depth', {})).toBe(0)
    expect(sum((await scrape()).samples, 'hailong_rollup_queue_age_seconds', {})).toBe(0)
    for (let i = 0; i < 3; i++) await postResponse(t, qr, sampleSubmission())
    t.ctx.rollupApplier.drainedAt = Date.now() - 60_000
    const waiting = (await scrape()).samples
    expect(sum(waiting, 'hailong_rollup_queue_depth', {})).toBe(3)
    expect(sum(waiting, 'hailong_rollup_queue_age_seconds', {})).toBeGreaterThanOrEqual(60)
  })
})

describe('metrics without a token', () => {
  const t = useTestApp('pglite')
  let server: ServerType
  let baseUrl: string
  beforeAll(async () => {
    server = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' })
    await new Promise((resolve) => server.once('listening', resolve))
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise((resolve) => server.close(resolve)))

  it('are served to this machine, and refused when relayed by a proxy', async () => {
    const local = await fetch(`${baseUrl}/metrics`)
    expect(local.status).toBe(200)
    expect(parsePrometheusText(await local.text()).samples.length).toBeGreaterThan(0)
    expect((await fetch(`${baseUrl}/metrics`, { headers: { 'X-Forwarded-For': '203.0.113.9' } })).status).toBe(403)
  })
})
