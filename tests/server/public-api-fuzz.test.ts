import { describe, expect, it } from 'vitest'
import { responseAcceptedSchema } from '../../shared/responses/submission'
import { useTestApp } from '../helpers/app'
import { createUserAndLogin } from '../helpers/auth'
import { createLinkCode, sampleSubmission } from '../helpers/collection'
import { databaseKinds } from '../helpers/databases'
import { createSurveyFixture } from '../helpers/fixtures'

const SEED = 20261203
const REQUESTS = 2400
const CONCURRENCY = 16
const MAX_BODY_BYTES = 50_000

/** mulberry32: a small seeded generator, so a failure replays exactly. */
function random(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (n: number) => Math.floor(next() * n)
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!
  return { next, int, pick }
}
type Random = ReturnType<typeof random>

const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\udfff',
  'x\udc00y',
  '\u0007\u0008\u001b[31m',
  '\r\n\t',
  '\u202e\u200b\ufeff',
  '😀'.repeat(50),
  'Đánh giá tốt',
  "'; drop table responses; --",
  '<script>alert(1)</script>',
  '${7*7}',
  '{{7*7}}',
  '../../etc/passwd',
  '%00',
  '%',
  '__proto__',
  'constructor',
  'NaN',
  'null',
  'true',
  '1e999',
  '-0',
]
const HOSTILE_NUMBERS = [0, -1, 1.5, -0, 2 ** 31, 2 ** 53 + 2, -(2 ** 63), 1e308, Number.MAX_VALUE, 5, 3]
const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf']
const PATH_SEGMENTS = [
  '%00',
  '%ff',
  '%C0%80',
  '%ED%A0%80',
  '%',
  '%zz',
  '..%2f..%2f',
  'a'.repeat(70),
  'a'.repeat(3000),
  '%F0%9F%98%80',
  'Đ',
  '%20',
  '.',
  '..',
  'null',
  '__proto__',
  '💥',
]

function hostileValue(r: Random, depth = 0): unknown {
  switch (r.int(depth > 2 ? 4 : 8)) {
    case 0:
      return r.pick(HOSTILE_STRINGS)
    case 1:
      return r.pick(HOSTILE_NUMBERS)
    case 2:
      return r.pick([null, true, false])
    case 3:
      return 'x'.repeat(r.int(20_000))
    case 4:
      return Array.from({ length: r.int(5) }, () => hostileValue(r, depth + 1))
    case 5:
      return Object.fromEntries(Array.from({ length: r.int(5) }, () => [r.pick([...HOSTILE_STRINGS, ...POLLUTION_KEYS]), hostileValue(r, depth + 1)]))
    case 6:
      return { __proto__: { polluted: true }, constructor: { prototype: { polluted: true } } }
    default:
      return `${NESTED}${r.int(5000)}`
  }
}

// Deep nesting is written as text (JSON.stringify itself would overflow the stack): the
// placeholder string is replaced by that many nested arrays and objects.
const NESTED = '@nested:'
const nestedText = (depth: number) => `${'[{"a":'.repeat(depth / 2)}1${'}]'.repeat(depth / 2)}`

/** A valid answer with one to three fields broken, renamed or added. */
function mutatedSubmission(r: Random): Record<string, unknown> {
  const body: Record<string, unknown> = { ...sampleSubmission(), comment: 'Tốt' }
  const fields = [
    'clientId',
    'answeredAt',
    'answers',
    'overall',
    'gaveFeedback',
    'expectations',
    'perceptions',
    'demographics',
    'serviceField',
    'comment',
    'receiptCode',
  ]
  for (let i = 1 + r.int(3); i > 0; i--) {
    const field = r.pick(fields)
    switch (r.int(6)) {
      case 0:
        delete body[field]
        break
      case 1:
        body[r.pick(POLLUTION_KEYS)] = hostileValue(r)
        break
      case 2:
        body.answers = { [r.pick(['staff.polite', ...HOSTILE_STRINGS, ...POLLUTION_KEYS])]: hostileValue(r) }
        break
      case 3:
        body.clientId = r.pick([
          body.clientId,
          String(body.clientId).toUpperCase(),
          ` ${String(body.clientId)}`,
          '00000000-0000-0000-0000-000000000000',
          r.pick(HOSTILE_STRINGS),
        ])
        break
      case 4:
        body.answeredAt = r.pick([
          '1970-01-01T00:00:00Z',
          '2999-12-31T23:59:59Z',
          '2026-02-30T00:00:00Z',
          new Date(Date.now() - r.int(1e10)).toISOString(),
          '+275760-09-13T00:00:00.000Z',
          r.pick(HOSTILE_STRINGS),
        ])
        break
      default:
        body[field] = hostileValue(r)
    }
  }
  return body
}

/** The JSON text, sometimes broken or with raw escapes JSON.stringify would never write. */
function bodyText(r: Random, value: unknown): string {
  const text = (JSON.stringify(value) ?? 'null').replace(new RegExp(`"${NESTED}(\\d+)"`, 'g'), (_, depth: string) => nestedText(Number(depth)))
  switch (r.int(10)) {
    case 0:
      return text.slice(0, r.int(text.length))
    case 1:
      return text.replace('"Tốt"', r.pick(['"\\u0000"', '"\\ud800"', '"\\udc00\\ud800"', '"\\x00"', "'single'", '"a\u0000"']))
    case 2:
      return r.pick([
        '',
        'null',
        '[]',
        '"text"',
        '1e999',
        '{"a":1,}',
        '\ufeff{}',
        '{"__proto__":{"polluted":1}}',
        '{"constructor":{"prototype":{"polluted":1}}}',
        'NaN',
        '{'.repeat(10_000),
      ])
    default:
      return text
  }
}

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=latin1',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  '',
  'APPLICATION/JSON',
  'application/json;;charset',
]

describe.each(databaseKinds)('public API fuzz on %s', (kind) => {
  const t = useTestApp(kind)

  it(`answers ${REQUESTS} malformed and hostile requests (seed ${SEED}) without a single 5xx`, { timeout: 600_000 }, async () => {
    const fixture = await createSurveyFixture(t.ctx.db)
    const admin = await createUserAndLogin(t, 'admin')
    const codes = [
      await createLinkCode(t, admin, fixture.campaignId, fixture.agencyId, 'kiosk'),
      await createLinkCode(t, admin, fixture.campaignId, fixture.agencyId, 'qr'),
    ]
    const r = random(SEED)
    const failures: string[] = []
    let stored = 0

    const oneRequest = async (): Promise<void> => {
      const code = r.next() < 0.7 ? r.pick(codes) : r.pick(PATH_SEGMENTS)
      let path: string
      let init: RequestInit = {}
      const kindOfRequest = r.int(10)
      if (kindOfRequest < 2) {
        const query = r.pick([
          '',
          '?lang=vi',
          '?lang=en',
          '?lang=fr',
          '?lang=%00',
          '?lang=vi&lang=en',
          '?%00=1',
          '?lang=%ff',
          `?lang=${'x'.repeat(5000)}`,
          '?__proto__[x]=1',
        ])
        path = `/api/v1/public/surveys/${code}${query}`
      } else if (kindOfRequest < 3) {
        // the staff routes around the public ones, without a session
        path = r.pick([
          `/api/v1/links/${code}/revoke`,
          `/api/v1/campaigns/${r.pick(['1', '0', '-1', '1e99', '%00', 'abc'])}/units/1/receipts`,
          `/posters/${code}/receipts`,
        ])
        init = { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"count":3}' }
      } else {
        path = `/api/v1/public/surveys/${code}/responses`
        let text = bodyText(r, mutatedSubmission(r))
        while (Buffer.byteLength(text) >= MAX_BODY_BYTES) text = bodyText(r, mutatedSubmission(r))
        const contentType = r.next() < 0.8 ? 'application/json' : r.pick(CONTENT_TYPES)
        init = { method: r.next() < 0.95 ? 'POST' : r.pick(['PUT', 'PATCH', 'DELETE', 'GET']), headers: contentType ? { 'Content-Type': contentType } : {} }
        if (init.method !== 'GET') init.body = text
      }
      const res = await t.app.request(path, init)
      const body = await res.text()
      if (res.status >= 500)
        failures.push(`${res.status} ${init.method ?? 'GET'} ${path.slice(0, 120)} ${String(init.body ?? '').slice(0, 200)} → ${body.slice(0, 200)}`)
      else if (res.status < 300 && path.endsWith('/responses')) {
        const parsed = responseAcceptedSchema.safeParse(JSON.parse(body))
        if (!parsed.success) failures.push(`bad acknowledgement ${body}`)
        stored += 1
      } else if (res.status >= 400 && path.startsWith('/api/')) {
        if (!JSON.parse(body)?.error?.code) failures.push(`error without a JSON error body: ${res.status} ${body.slice(0, 200)}`)
      }
    }

    for (let sent = 0; sent < REQUESTS; sent += CONCURRENCY) await Promise.all(Array.from({ length: CONCURRENCY }, oneRequest))

    expect(failures).toEqual([])
    // the mutations leave some answers valid, so the writer's path is fuzzed too
    expect(stored).toBeGreaterThan(REQUESTS / 20)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    // and the server still takes a plain answer
    const after = await t.request(`/api/v1/public/surveys/${codes[1]}/responses`, { body: sampleSubmission() })
    expect(after.status).toBe(201)
  })
})
