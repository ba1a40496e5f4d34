import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ErrorBody } from '../../shared/http/errors'
import { type ServerProcess, startServerProcess, stubClientDir } from '../helpers/server-process'

// The real server process (npm start's command, its 256 MB heap): an oversized body used
// to run it out of memory, which an in-process app.request() would not show.
let workDir: string
let server: ServerProcess
beforeAll(async () => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hailong-body-limits-'))
  server = await startServerProcess({ CLIENT_DIR: stubClientDir(workDir), DATA_DIR: path.join(workDir, 'data'), DATABASE_URL: '' })
}, 120_000)
afterAll(async () => {
  expect(await server?.stop()).toBe(0)
  fs.rmSync(workDir, { recursive: true, force: true })
})

const MB = 1024 * 1024
const answerPath = '/api/v1/public/surveys/NO-SUCH-CODE/responses'

/** A JSON text of about `bytes` bytes, shaped like an answer with a huge comment. */
const jsonOfSize = (bytes: number) => JSON.stringify({ clientId: '6f1c0c9e-8d3c-4a57-9c1e-3f1f2d1f0a11', comment: 'x'.repeat(bytes) })

async function expectServing() {
  expect((await fetch(`${server.baseUrl}/healthz`)).status).toBe(200)
  const small = await fetch(`${server.baseUrl}${answerPath}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: jsonOfSize(100) })
  // Past the limit, the answer's fields are checked.
  expect(((await small.json()) as ErrorBody).error.code).toBe('validation_failed')
}

function expectTooLarge(status: number, body: string) {
  expect(status).toBe(413)
  expect(JSON.parse(body).error.code).toBe('payload_too_large')
}

/**
 * POSTs the first `sent` bytes of an answer-like JSON text of `bytes` bytes, announced by
 * Content-Length or chunked, and resolves with the server's answer. With `sent < bytes`
 * the request stays open, so only a server that answers before the whole body has
 * arrived answers at all (the test otherwise times out). Sending only a little also keeps
 * the answer readable: a server that closes a connection with unread bytes resets it, and
 * the client may then lose the answer.
 */
function post(urlPath: string, bytes: number, { sent = bytes, chunked = false } = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      ...(chunked ? { 'Transfer-Encoding': 'chunked' } : { 'Content-Length': String(bytes) }),
    }
    const req = http.request(new URL(urlPath, server.baseUrl), { method: 'POST', headers, agent: false })
    req.on('response', (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (d) => (body += d))
      res.on('end', () => {
        resolve({ status: res.statusCode!, body })
        req.destroy()
      })
    })
    req.on('error', reject)
    const text = Buffer.from(jsonOfSize(bytes - 100).padEnd(bytes, ' '))
    req.write(text.subarray(0, sent))
    if (sent === bytes) req.end()
  })
}

describe('request body limits (a real server process)', () => {
  it('refuses a 10 MB answer with 413 and a JSON error before reading it, and keeps serving', async () => {
    const res = await post(answerPath, 10 * MB, { sent: 1024 })
    expectTooLarge(res.status, res.body)
    await expectServing()
    // Sent whole, the client may see the 413 or a reset connection; the server survives it.
    await fetch(`${server.baseUrl}${answerPath}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: jsonOfSize(10 * MB) }).catch(
      () => undefined,
    )
    await expectServing()
  })

  it('refuses a chunked body as soon as it passes the limit, without waiting for its end', async () => {
    const res = await post(answerPath, 10 * MB, { sent: 70 * 1024, chunked: true })
    expectTooLarge(res.status, res.body)
    await expectServing()
  })

  it('takes each route’s limit from the table: answers 64 KB, administration 1 MB, agency imports 5 MB', async () => {
    const status = async (urlPath: string, bytes: number) => (await post(urlPath, bytes, { sent: Math.min(bytes, 1024) })).status
    expect((await post(answerPath, 60 * 1024)).status).toBe(400)
    expect(await status(answerPath, 70 * 1024)).toBe(413)
    // Past the limit check, these need a login.
    expect(await status('/api/v1/campaigns', 900 * 1024)).toBe(401)
    expect(await status('/api/v1/campaigns', 2 * MB)).toBe(413)
    expect(await status('/api/v1/agencies/import', 2 * MB)).toBe(401)
    expect(await status('/api/v1/agencies/import', 6 * MB)).toBe(413)
    expect(await status('/posters/ABC/receipts', 32 * 1024)).toBe(413)
  })
})
