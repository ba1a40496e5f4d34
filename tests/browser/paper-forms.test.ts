import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import type { Campaign } from '../../shared/campaigns/schemas'
import type { Timeline } from '../../shared/indices/schemas'
import type { PaperForm } from '../../shared/paper/schemas'
import { loggedInAdminPage, VIEWPORTS, type Viewport } from '../helpers/admin-browser'
import { launchBrowser } from '../helpers/browser'
import { type ApiSession, loginAs } from '../helpers/survey-links'

const baseUrl = inject('baseUrl')
const shots = process.env.SCREENSHOT_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'hailong-paper-'))
const PASSWORD = 'mật-khẩu-nhập-phiếu'

let browser: Browser
let admin: ApiSession
let campaign: Campaign
let agencyId: number
const clerks: { email: string; name: string }[] = []
let serials: string[] = []

beforeAll(async () => {
  browser = await launchBrowser()
  admin = await loginAs(baseUrl, inject('adminEmail'), inject('adminPassword'))
  const questionnaire = (await admin.call<{ id: number; kind: string; builtin: boolean }[]>('/questionnaires')).body.find(
    (q) => q.builtin && q.kind === 'sipas2017',
  )!
  agencyId = (await admin.call<{ id: number }[]>('/agencies')).body[2]!.id
  const year = new Date().getUTCFullYear()
  campaign = (
    await admin.call<Campaign>('/campaigns', {
      body: { name: `Phiếu giấy ${Date.now()}`, year, startsOn: `${year}-01-01`, endsOn: `${year}-12-31`, questionnaireId: questionnaire.id },
    })
  ).body
  expect((await admin.call(`/campaigns/${campaign.id}/units`, { method: 'PUT', body: { agencyIds: [agencyId] } })).status).toBe(200)
  expect((await admin.call(`/campaigns/${campaign.id}`, { method: 'PATCH', body: { status: 'open' } })).status).toBe(200)
  const ids: number[] = []
  for (const name of ['Lò Văn Nhập', 'Cầm Thị Kiểm']) {
    const email = `clerk.${ids.length}.${Date.now()}@demo.hailong.vn`
    const created = await admin.call<{ id: number }>('/users', { body: { email, name, password: PASSWORD, role: 'surveyor' } })
    expect(created.status).toBe(201)
    ids.push(created.body.id)
    clerks.push({ email, name })
  }
  expect((await admin.call(`/campaigns/${campaign.id}/team`, { method: 'PUT', body: { userIds: ids } })).status).toBe(200)
})
afterAll(async () => {
  await browser?.close()
  console.log(`paper form screenshots: ${shots}`)
})

const loggedInPage = (email: string, password: string, next: string, viewport: Viewport = 'laptop'): Promise<Page> =>
  loggedInAdminPage(browser, baseUrl, { email, password }, viewport, next)

it('prints ten forms to a PDF whose QR codes decode to their serials, one A4 page each', async () => {
  const page = await loggedInPage(inject('adminEmail'), inject('adminPassword'), `/admin/campaigns/${campaign.id}/units/${agencyId}`)
  await page.fill('#paper-count', '10')
  await page.screenshot({ path: path.join(shots, 'links-laptop.png'), fullPage: true })
  const [print] = await Promise.all([page.context().waitForEvent('page'), page.getByRole('button', { name: 'In phiếu giấy' }).click()])
  await print.waitForLoadState()
  const printed = (await print.locator('.serial-number').allTextContents()).map((s) => s.replace('-', ''))
  expect(printed).toHaveLength(10)
  expect(new Set(printed).size).toBe(10)
  for (const viewport of Object.keys(VIEWPORTS) as (keyof typeof VIEWPORTS)[]) {
    await print.setViewportSize(VIEWPORTS[viewport])
    await print.screenshot({ path: path.join(shots, `print-${viewport}.png`) })
  }

  const pdf = path.join(shots, 'forms.pdf')
  await print.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true })
  execFileSync('pdftoppm', ['-r', '150', '-png', pdf, path.join(shots, 'form')])
  const pages = fs
    .readdirSync(shots)
    .filter((f) => /^form-\d+\.png$/.test(f))
    .sort()
  expect(pages).toHaveLength(10)
  const decoded = pages.map((file) => {
    const out = execFileSync('zbarimg', ['--quiet', '--raw', '-Sdisable', '-Sqrcode.enable', path.join(shots, file)], { encoding: 'utf8' }).trim()
    return out.replace('-', '')
  })
  expect(decoded).toEqual(printed)
  for (const serial of decoded) {
    const form = await admin.call<PaperForm>(`/paper-forms/${serial}`)
    expect(form.status).toBe(200)
    expect(form.body).toMatchObject({ state: 'open', agencyId, campaignId: campaign.id })
  }
  serials = decoded
  await page.context().close()
})

/** SIPAS 2017 in print order: 18 criteria of elements 1–4, the feedback question (2: no), overall, expectations (two, Enter), service field, 5 demographics, the comment (Enter), the check (Enter). */
const FORM_KEYS = [...'453454445544534454'.split(''), '2', '4', '1', '6', 'Enter', '3', '2', '3', '1', '2', '1', 'Enter', 'Enter']

/** Types a serial as a clerk (or a scanner) does, once the serial box has the keyboard. */
async function typeSerial(page: Page, serial: string): Promise<void> {
  await page.locator('#paper-serial').waitFor()
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('paper-serial')
  await page.keyboard.type(serial)
  await page.keyboard.press('Enter')
}

/** Types a serial and a form as a clerk does, and returns the number of keys pressed. */
async function enterForm(page: Page, serial: string, keys: string[]): Promise<number> {
  await typeSerial(page, serial)
  await page.locator('.entry-question').waitFor()
  for (const key of keys) await page.keyboard.press(key)
  await page.locator('.alert').waitFor()
  return serial.length + 1 + keys.length
}

it('enters two forms by two accounts from the keyboard alone; the mismatch is resolved and each form counts once', async () => {
  const [agreed, differing] = serials as [string, string]
  const first = await loggedInPage(clerks[0]!.email, PASSWORD, '/field/entry')
  expect(await first.locator('.sidenav a').allTextContents()).toEqual(['Nhập phiếu giấy'])

  const keystrokes = await enterForm(first, agreed, FORM_KEYS)
  console.log(`keystrokes for one SIPAS 2017 form: ${keystrokes} (serial ${agreed.length} + Enter, answers ${FORM_KEYS.length})`)
  expect(keystrokes).toBeLessThanOrEqual(42)
  expect(await first.locator('.alert').textContent()).toContain('Đã lưu lần nhập thứ nhất')
  await enterForm(first, differing, FORM_KEYS)

  // the same account cannot make the second entry
  await typeSerial(first, agreed)
  await expect.poll(() => first.locator('.alert').textContent()).toContain('Lần nhập thứ hai phải do một tài khoản khác')

  const second = await loggedInPage(clerks[1]!.email, PASSWORD, '/field/entry')
  await enterForm(second, agreed, FORM_KEYS)
  expect(await second.locator('.alert').textContent()).toContain('đã được tính')

  // the second clerk reads a 3 where the first read a 5 (question 2), and no answer where the first read a 3 (question 3)
  const misread = [...FORM_KEYS]
  misread[1] = '3'
  misread[2] = '0'
  await typeSerial(second, differing.toLowerCase())
  await second.locator('.entry-question').waitFor()
  for (const [i, key] of misread.entries()) {
    await second.keyboard.press(key)
    if (i === 20)
      for (const viewport of Object.keys(VIEWPORTS) as (keyof typeof VIEWPORTS)[]) {
        await second.setViewportSize(VIEWPORTS[viewport])
        await second.screenshot({ path: path.join(shots, `entry-${viewport}.png`), fullPage: true })
      }
  }
  await second.locator('.alert').waitFor()
  expect(await second.locator('.alert').textContent()).toContain('khác lần nhập thứ nhất ở 2 câu')

  // a spent serial is refused with a clear message
  await typeSerial(second, agreed)
  await expect.poll(() => second.locator('.alert').textContent()).toContain('đã được nhập đủ hai lần')

  const third = await loggedInPage(inject('adminEmail'), inject('adminPassword'), '/field/entry/mismatches')
  await third.getByRole('link', { name: `${differing.slice(0, 4)}-${differing.slice(4)}` }).click()
  await third.locator('.resolve-table').waitFor()
  expect(await third.locator('.resolve-table tbody tr').count()).toBe(2)
  for (const viewport of Object.keys(VIEWPORTS) as (keyof typeof VIEWPORTS)[]) {
    await third.setViewportSize(VIEWPORTS[viewport])
    await third.screenshot({ path: path.join(shots, `resolve-${viewport}.png`), fullPage: true })
  }
  await third.selectOption('select[id="resolve-answers.access.equipment_adequate"]', { label: '5 · Rất hài lòng' })
  await third.selectOption('select[id="resolve-answers.access.equipment_modern"]', { label: '3 · Bình thường' })
  await third.getByRole('button', { name: 'Lưu kết quả đối chiếu' }).click()
  await expect.poll(() => third.locator('.alert').textContent()).toContain('đã được tính')

  const counted = await Promise.all([agreed, differing].map(async (serial) => (await admin.call<PaperForm>(`/paper-forms/${serial}`)).body))
  expect(counted.map((f) => f.state)).toEqual(['counted', 'counted'])
  expect(new Set(counted.map((f) => f.responseId)).size).toBe(2)
  await expect
    .poll(async () => (await admin.call<Timeline>(`/campaigns/${campaign.id}/indices/timeline`)).body.points.reduce((sum, p) => sum + p.responses, 0), {
      timeout: 15_000,
    })
    .toBe(2)
  for (const page of [first, second, third]) await page.context().close()
})
