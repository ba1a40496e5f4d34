import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import type { SurveyLink } from '../../shared/links/schemas'
import type { Campaign } from '../../shared/campaigns/schemas'
import { launchBrowser } from '../helpers/browser'

const baseUrl = inject('baseUrl')
let browser: Browser
let cookie: string

async function apiCall<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<{ status: number; body: T }> {
  const response = await fetch(`${baseUrl}/api/v1${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: { 'Content-Type': 'application/json', ...(cookie ? { Cookie: cookie } : {}) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  return { status: response.status, body: (await response.json().catch(() => null)) as T }
}

/** A new kiosk link on an open campaign of the demo data, made as an admin would. */
async function createKioskLink(): Promise<string> {
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: inject('adminEmail'), password: inject('adminPassword') }),
  })
  expect(login.status).toBe(200)
  cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ')
  const campaigns = await apiCall<Campaign[] | { items: Campaign[] }>('/campaigns')
  expect(campaigns.status).toBe(200)
  const list = Array.isArray(campaigns.body) ? campaigns.body : campaigns.body.items
  const campaign = list.find((c) => c.status === 'open' && c.agencyIds.length > 0)
  expect(campaign, 'the demo data has an open campaign with units').toBeDefined()
  const link = await apiCall<SurveyLink>(`/campaigns/${campaign!.id}/units/${campaign!.agencyIds[0]}/links`, {
    body: { channel: 'kiosk', label: `Máy kiểm thử ${Date.now()}` },
  })
  expect(link.status).toBe(201)
  return new URL(link.body.url).pathname
}

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

/** Taps through the whole questionnaire as a citizen would, whatever the template: a face on every scale, then Send. */
async function answerOnce(page: Page, variant: number): Promise<void> {
  await page.getByRole('button', { name: 'Bắt đầu' }).click()
  for (let screen = 0; screen < 20; screen++) {
    const scales = page.locator('fieldset.scale')
    for (let i = 0; i < (await scales.count()); i++) {
      const faces = scales.nth(i).locator('label.face-option:not(.no-answer)')
      await faces.nth((i + variant) % (await faces.count())).click()
    }
    const submit = page.locator('form.step button[type=submit]')
    const sending = (await submit.innerText()) === 'Gửi đánh giá'
    await submit.click()
    if (sending) break
  }
  await page.getByRole('heading', { name: 'Xin cảm ơn ông/bà!' }).waitFor()
}

const queued = (page: Page) => page.locator('.staff-indicator').getAttribute('data-queued')

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

it('takes answers by tapping, resets for the next citizen, and delivers answers given offline exactly once', { timeout: 120_000 }, async () => {
  const kioskPath = await createKioskLink()
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
  await expect.poll(() => deliveries.length).toBe(1)
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

  await expect.poll(() => deliveries.filter((d) => d.status === 201).length).toBe(3)
  const accepted = deliveries.filter((d) => d.status === 201)
  expect(new Set(accepted.map((d) => d.clientId)).size).toBe(3)
  expect(deliveries.filter((d) => d.status !== 201 && d.status !== 200)).toEqual([])

  // the server stored each once: replaying an answer gives back the same id and stores nothing new
  for (const delivery of accepted) {
    const replay = await apiCall<{ id: number }>(`/public/surveys/${kioskPath.split('/').pop()}/responses`, { body: delivery.body })
    expect(replay).toEqual({ status: 200, body: { id: delivery.id } })
  }
  await context.close()
})
