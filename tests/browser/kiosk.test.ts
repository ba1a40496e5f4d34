import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { launchBrowser } from '../helpers/browser'
import { answerOnce, queued } from '../helpers/kiosk-page'
import { createSurveyLink, loginAs } from '../helpers/survey-links'

const baseUrl = inject('baseUrl')
let browser: Browser

interface Delivery {
  clientId: string
  status: number
  id: number | undefined
  body: unknown
}

/** Every answer the page managed to deliver, as the server answered it. */
function recordDeliveries(page: Page): Delivery[] {
  const deliveries: Delivery[] = []
  page.on('response', async (response) => {
    const request = response.request()
    if (request.method() !== 'POST' || !/\/api\/v1\/public\/surveys\/[^/]+\/responses$/.test(request.url())) return
    const body = request.postDataJSON() as { clientId: string }
    const answer = (await response.json().catch(() => null)) as { id?: number } | null
    deliveries.push({ clientId: body.clientId, status: response.status(), id: answer?.id, body })
  })
  return deliveries
}

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

it('takes answers by tapping, resets for the next citizen, and delivers answers given offline exactly once', { timeout: 120_000 }, async () => {
  const session = await loginAs(baseUrl, inject('adminEmail'), inject('adminPassword'))
  const { code, path: kioskPath } = await createSurveyLink(session, 'kiosk')
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  // answers are given minutes apart, as at a real desk, so the kiosk interval accepts each of them
  await page.clock.install({ time: Date.now() - 5 * 60_000 })
  const deliveries = recordDeliveries(page)
  await page.goto(`${baseUrl}${kioskPath}`)
  await page.getByRole('button', { name: 'Bắt đầu' }).waitFor()
  expect(await page.evaluate(async () => Boolean(await navigator.serviceWorker.ready))).toBe(true)

  // online: the answer is sent, and the screen goes back to the start by itself
  await answerOnce(page, 0)
  await page.clock.runFor(10_000)
  await page.getByRole('button', { name: 'Bắt đầu' }).waitFor()
  // the recorder reads each answer's body from the browser, which lags under a loaded machine
  await expect.poll(() => deliveries.length, { timeout: 30_000 }).toBe(1)
  expect(deliveries[0]!.status).toBe(201)
  await page.getByRole('button', { name: 'Bắt đầu' }).click()
  expect(await page.locator('input:checked').count()).toBe(0) // nothing of the last citizen's answers
  await page.clock.runFor(70_000) // idle: back to the start

  // the server is cut off: two more citizens answer, the answers wait in the outbox
  await context.setOffline(true)
  await page.getByRole('button', { name: 'Bắt đầu' }).waitFor()
  await answerOnce(page, 1)
  await page.clock.runFor(30_000)
  await answerOnce(page, 2)
  await page.clock.runFor(30_000)
  await expect.poll(() => queued(page)).toBe('2')

  // a reload without network still shows the survey, and the queue survives it
  await page.reload()
  await page.getByRole('button', { name: 'Bắt đầu' }).waitFor()
  await expect.poll(() => queued(page)).toBe('2')

  await context.setOffline(false)
  await expect.poll(() => queued(page), { timeout: 30_000 }).toBe('0')

  await expect.poll(() => deliveries.filter((d) => d.status === 201).length, { timeout: 30_000 }).toBe(3)
  const accepted = deliveries.filter((d) => d.status === 201)
  expect(new Set(accepted.map((d) => d.clientId)).size).toBe(3)
  expect(deliveries.filter((d) => d.status !== 201 && d.status !== 200)).toEqual([])

  // the server stored each once: replaying an answer gives back the same id and stores nothing new
  for (const delivery of accepted) {
    const replay = await session.call<{ id: number }>(`/public/surveys/${code}/responses`, { body: delivery.body })
    expect(replay).toEqual({ status: 200, body: { id: delivery.id, clientId: delivery.clientId, receipt: 'none', followUpCode: null } })
  }
  await context.close()
})
