import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import ExcelJS from 'exceljs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import type { Campaign } from '../../shared/campaigns/schemas'
import type { SurveyLink } from '../../shared/links/schemas'
import { logInThroughPage } from '../helpers/admin-browser'
import { seriousViolations } from '../helpers/axe'
import { launchBrowser } from '../helpers/browser'
import { oggOpusSilence } from '../helpers/ogg-opus'
import { loginAs } from '../helpers/survey-links'

const baseUrl = inject('baseUrl')
let browser: Browser
const shots = fs.mkdtempSync(path.join(os.tmpdir(), 'hailong-languages-'))
/** The test language: Tai Dam's code and its name in Tai Viet script; every text of its pack is marked as a test text. */
const CODE = 'blt'
const AUTONYM = 'ꪼꪕꪒꪾꪙ'
const testText = (vi: string) => `[TEST ${CODE}] ${vi}`

beforeAll(async () => {
  browser = await launchBrowser(['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'])
})
afterAll(async () => {
  await browser?.close()
  console.log(`language screenshots: ${shots}`)
})

const logIn = (page: Page, next: string) => logInThroughPage(page, baseUrl, { email: inject('adminEmail'), password: inject('adminPassword') }, next)

/** Notes every audio element that starts playing, with its source. */
async function listenForPlaying(page: Page): Promise<void> {
  await page.evaluate(() => {
    const played: string[] = []
    ;(window as unknown as { played: string[] }).played = played
    document.addEventListener('playing', (event) => played.push((event.target as HTMLAudioElement).currentSrc), true)
  })
}
const playedSources = (page: Page) => page.evaluate(() => (window as unknown as { played: string[] }).played)
const readAloudAudio = (page: Page) =>
  page.evaluate(() => {
    const audio = document.querySelector<HTMLAudioElement>('audio.read-aloud')
    return audio ? { src: new URL(audio.src).pathname, currentTime: audio.currentTime, ended: audio.ended } : null
  })

it('adds a test language, translates it through the spreadsheet, records and uploads read-aloud audio, and the kiosk speaks it, offline too', {
  timeout: 300_000,
}, async () => {
  const session = await loginAs(baseUrl, inject('adminEmail'), inject('adminPassword'))
  const today = new Date().toISOString().slice(0, 10)
  const campaigns = (await session.call<Campaign[]>('/campaigns')).body
  const campaign = campaigns
    .filter((c) => c.status === 'open' && c.agencyIds.length > 0 && c.startsOn <= today && today <= c.endsOn)
    .sort((a, b) => a.id - b.id)[0]!
  const questionnaireId = campaign.questionnaireId

  const admin = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN', acceptDownloads: true })).newPage()
  await logIn(admin, `/admin/questionnaires/${questionnaireId}/languages`)

  // the admin adds the language by its code and its own name
  await admin.fill('#language-code', CODE)
  await admin.fill('#language-name', AUTONYM)
  await admin.getByRole('button', { name: 'Thêm ngôn ngữ' }).click()
  await admin.locator('.language-list li', { hasText: AUTONYM }).waitFor()

  // exports the spreadsheet and fills the new language's column
  const [download] = await Promise.all([admin.waitForEvent('download'), admin.getByRole('link', { name: 'Tải bảng tính (XLSX)' }).click()])
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile((await download.path())!)
  const sheet = workbook.worksheets[0]!
  const header = (sheet.getRow(1).values as string[]).slice(1)
  const column = header.indexOf(`${CODE} — ${AUTONYM}`) + 1
  expect(column).toBeGreaterThan(3)
  const keys: string[] = []
  for (let row = 2; row <= sheet.rowCount; row++) {
    keys.push(sheet.getCell(row, 1).text)
    sheet.getCell(row, column).value = testText(sheet.getCell(row, 2).text)
  }
  const filled = path.join(shots, 'pack-filled.xlsx')
  await workbook.xlsx.writeFile(filled)
  await admin.setInputFiles('#pack-file', filled)
  await admin.getByRole('button', { name: 'Nhập bản dịch' }).click()
  await admin.getByText(`Đã nhập: ${CODE} (${keys.length} văn bản).`).waitFor()

  // a second import with a missing cell is refused, naming its row and column
  const letter = String.fromCharCode(64 + column)
  sheet.getCell(5, column).value = ''
  const broken = path.join(shots, 'pack-missing-cell.xlsx')
  await workbook.xlsx.writeFile(broken)
  await admin.setInputFiles('#pack-file', broken)
  await admin.getByRole('button', { name: 'Nhập bản dịch' }).click()
  const refusal = admin.locator('.pack-refused')
  await refusal.waitFor()
  expect(await refusal.innerText()).toContain(`${letter}5: Thiếu bản dịch`)
  await admin.screenshot({ path: path.join(shots, 'admin-import-refused.png'), fullPage: false })

  // records the intro with the (fake) microphone and uploads an Ogg/Opus file for the first criterion, in the new language
  await admin.selectOption('#recording-language', CODE)
  await admin.getByRole('button', { name: 'Ghi âm cho intro', exact: true }).click()
  await admin.waitForTimeout(1500) // the recording's length: a second and a half of the fake microphone's tone
  await admin.getByRole('button', { name: 'Dừng và lưu' }).click()
  await admin.getByText('Đã lưu bản ghi cho intro.').waitFor()
  const criterionKey = keys.find((key) => key.startsWith('criterion.') && !key.includes('.level.'))!
  await admin
    .locator(`input[aria-label="Tải tệp ghi âm cho ${criterionKey}"]`)
    .setInputFiles({ name: 'cau-1.ogg', mimeType: 'audio/ogg', buffer: Buffer.from(oggOpusSilence(1000)) }) // 20 s: still playing when the question leaves the screen
  await admin.getByText(`Đã lưu bản ghi cho ${criterionKey}.`).waitFor()
  const texts = (await session.call<{ texts: { key: string; recordings: Record<string, string> }[] }>(`/questionnaires/${questionnaireId}/texts`)).body.texts
  const introUrl = texts.find((t) => t.key === 'intro')!.recordings[CODE]!
  const criterionUrl = texts.find((t) => t.key === criterionKey)!.recordings[CODE]!
  expect(introUrl).toMatch(/^\/api\/v1\/public\/recordings\/[0-9a-f]{64}$/)
  const introAudio = await fetch(`${baseUrl}${introUrl}`)
  expect(introAudio.headers.get('content-type')).toBe('audio/webm') // what chromium's MediaRecorder wrote
  expect(criterionUrl).not.toBe(introUrl)
  for (const [name, viewport] of [
    ['1280x800', { width: 1280, height: 800 }],
    ['800x1280', { width: 800, height: 1280 }],
    ['360x640', { width: 360, height: 640 }],
  ] as const) {
    await admin.setViewportSize(viewport)
    await admin.screenshot({ path: path.join(shots, `admin-languages-${name}.png`) })
    expect(await admin.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width + 1)
  }

  // a kiosk link offers Vietnamese first, then the new language, and reads each screen's first question by itself
  const link = await session.call<SurveyLink>(`/campaigns/${campaign.id}/units/${campaign.agencyIds[0]}/links`, {
    body: { channel: 'kiosk', label: `Kiểm thử ${CODE}`, languages: ['vi', CODE], readAloud: true },
  })
  expect(link.status).toBe(201)
  const kioskContext = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN' })
  const kiosk = await kioskContext.newPage()
  await kiosk.goto(`${baseUrl}${new URL(link.body.url).pathname}`)
  await kiosk.getByRole('button', { name: 'Bắt đầu' }).waitFor()
  expect(await kiosk.evaluate(async () => Boolean(await navigator.serviceWorker.ready))).toBe(true)
  await listenForPlaying(kiosk)

  // the language appears under its own name; the start screen reads the recorded intro
  const switchButton = kiosk.locator('.language-switch button', { hasText: AUTONYM })
  expect(await switchButton.getAttribute('lang')).toBe(CODE)
  await switchButton.click()
  await kiosk.getByRole('button', { name: testText('Bắt đầu') }).waitFor()
  expect(await kiosk.evaluate(() => document.documentElement.lang)).toBe(CODE)
  await kiosk.locator('.welcome .speaker').click()
  await expect.poll(() => playedSources(kiosk)).toContain(`${baseUrl}${introUrl}`)
  await expect.poll(async () => (await readAloudAudio(kiosk))?.currentTime ?? 0).toBeGreaterThan(0)
  expect((await readAloudAudio(kiosk))!.src).toBe(introUrl)
  expect(await seriousViolations(kiosk)).toEqual([])

  // the first question comes on screen and is read by itself: the uploaded Ogg/Opus file plays
  await kiosk.getByRole('button', { name: testText('Bắt đầu') }).click()
  await expect.poll(() => playedSources(kiosk)).toContain(`${baseUrl}${criterionUrl}`)
  await expect.poll(async () => (await readAloudAudio(kiosk))?.currentTime ?? 0).toBeGreaterThan(0)
  expect(await kiosk.locator('form.step .question .speaker').first().getAttribute('aria-pressed')).toBe('true')
  expect(await seriousViolations(kiosk)).toEqual([])
  await kiosk.screenshot({ path: path.join(shots, 'kiosk-step-blt.png') })
  // the question leaves the screen (the citizen starts over): its reading stops there, before its end
  await kiosk.getByRole('button', { name: testText('Hủy / Làm lại') }).click()
  await kiosk.getByRole('button', { name: testText('Xóa và làm lại') }).click()
  await kiosk.getByRole('button', { name: 'Bắt đầu' }).waitFor()
  expect(await kiosk.evaluate(() => document.querySelector<HTMLAudioElement>('audio.read-aloud')!.paused)).toBe(true)
  expect((await readAloudAudio(kiosk))!.ended).toBe(false)
  await kiosk.locator('.language-switch button', { hasText: AUTONYM }).click()
  await kiosk.getByRole('button', { name: testText('Bắt đầu') }).waitFor()

  // the service worker has kept the survey in every language and its recordings: offline, a reload still speaks
  await expect
    .poll(() => kiosk.evaluate((urls) => Promise.all(urls.map((url) => caches.match(url).then(Boolean))), [introUrl, criterionUrl]), { timeout: 20_000 })
    .toEqual([true, true])
  await kioskContext.setOffline(true)
  await kiosk.reload()
  await kiosk.getByRole('button', { name: 'Bắt đầu' }).waitFor()
  await listenForPlaying(kiosk)
  await kiosk.locator('.language-switch button', { hasText: AUTONYM }).click()
  await kiosk.getByRole('button', { name: testText('Bắt đầu') }).waitFor()
  await kiosk.locator('.welcome .speaker').click()
  await expect.poll(() => playedSources(kiosk)).toContain(`${baseUrl}${introUrl}`)
  await expect.poll(async () => (await readAloudAudio(kiosk))?.currentTime ?? 0).toBeGreaterThan(0)
  await kioskContext.setOffline(false)

  // text size A++ still fits a 1280×800 kiosk without scrolling sideways, on the start screen and on a step
  await kiosk.getByRole('button', { name: `A++ ${testText('Chữ rất lớn')}` }).click()
  expect(await kiosk.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280)
  await kiosk.screenshot({ path: path.join(shots, 'kiosk-start-a++.png') })
  await kiosk.getByRole('button', { name: testText('Bắt đầu') }).click()
  await kiosk.locator('form.step').waitFor()
  expect(await kiosk.locator('form.step .question').count()).toBe(1) // A++ shows one question per screen
  expect(await kiosk.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280)
  await kiosk.screenshot({ path: path.join(shots, 'kiosk-step-a++.png') })
  expect(await seriousViolations(kiosk)).toEqual([])
  await kiosk.getByRole('button', { name: `A ${testText('Chữ thường')}` }).click()
})

it('lets a citizen answer the phone survey in the pack language with the keyboard alone, large text and no serious axe violation', {
  timeout: 120_000,
}, async () => {
  const session = await loginAs(baseUrl, inject('adminEmail'), inject('adminPassword'))
  const languages = (await session.call<{ code: string }[]>('/languages')).body
  // the first test added the language and its pack; this one runs after it in the same file
  expect(languages.map((l) => l.code)).toContain(CODE)
  const today = new Date().toISOString().slice(0, 10)
  const campaign = (await session.call<Campaign[]>('/campaigns')).body
    .filter((c) => c.status === 'open' && c.agencyIds.length > 0 && c.startsOn <= today && today <= c.endsOn)
    .sort((a, b) => a.id - b.id)[0]!
  const link = await session.call<SurveyLink>(`/campaigns/${campaign.id}/units/${campaign.agencyIds[0]}/links`, {
    body: { channel: 'qr', label: `Kiểm thử điện thoại ${CODE}`, languages: [CODE, 'vi'] },
  })
  expect(link.status).toBe(201)
  for (const [name, viewport] of [
    ['phone-360x640', { width: 360, height: 640 }],
    ['phone-800x1280', { width: 800, height: 1280 }],
  ] as const) {
    const page = await (await browser.newContext({ viewport, locale: 'vi-VN' })).newPage()
    // a preview: answered for real, but nothing is sent into the demo campaign's results
    await page.goto(`${baseUrl}${new URL(link.body.url).pathname}?preview=1`)
    await page.getByRole('heading', { name: testText('Khảo sát sự hài lòng') }).waitFor()
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(CODE)
    expect(await seriousViolations(page)).toEqual([])
    await page.getByRole('button', { name: `A++ ${testText('Chữ rất lớn')}` }).click()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width)
    await page.screenshot({ path: path.join(shots, `${name}-a++.png`) })

    // keyboard only: Tab to the first question's faces, arrows to choose, Enter on Send
    const firstRadio = page.locator('fieldset.scale input[type=radio]').first()
    for (let i = 0; i < 30 && !(await firstRadio.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab')
    expect(await firstRadio.evaluate((el) => el === document.activeElement)).toBe(true)
    await page.keyboard.press('ArrowRight')
    const radios = page.locator('fieldset.scale').first().locator('input[type=radio]')
    expect(await radios.nth(1).isChecked()).toBe(true)
    await page.locator('button.send').focus()
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: testText('Xin cảm ơn ông/bà!') }).waitFor()
    await page.close()
  }

  const portrait = await (await browser.newContext({ viewport: { width: 800, height: 1280 }, locale: 'vi-VN' })).newPage()
  const kiosk = await session.call<SurveyLink>(`/campaigns/${campaign.id}/units/${campaign.agencyIds[0]}/links`, {
    body: { channel: 'kiosk', label: `Kiểm thử dọc ${CODE}`, languages: [CODE, 'vi'], readAloud: true },
  })
  await portrait.goto(`${baseUrl}${new URL(kiosk.body.url).pathname}?preview=1`)
  await portrait.getByRole('button', { name: testText('Bắt đầu') }).click()
  await portrait.locator('form.step').waitFor()
  expect(await portrait.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(800)
  expect(await seriousViolations(portrait)).toEqual([])
  await portrait.screenshot({ path: path.join(shots, 'kiosk-800x1280.png') })
})
