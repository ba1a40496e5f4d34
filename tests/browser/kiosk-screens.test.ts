import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { seriousViolations } from '../helpers/axe'
import { launchBrowser } from '../helpers/browser'
import { importTestPack } from '../helpers/language-pack'
import { type ApiSession, builtinQuestionnaireId, createTemplateLink, loginAs } from '../helpers/survey-links'

const baseUrl = inject('baseUrl')
let browser: Browser
let session: ApiSession
/** Set SCREENSHOT_DIR to keep a picture of every step, to look at. */
const screenshotDir = process.env.SCREENSHOT_DIR

beforeAll(async () => {
  browser = await launchBrowser()
  session = await loginAs(baseUrl, inject('adminEmail'), inject('adminPassword'))
})
afterAll(async () => {
  await browser?.close()
})

/** Legends of the questions on this step that are not wholly on screen between the bar and the buttons. */
function questionsOffScreen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const top = document.querySelector('.kiosk-bar')!.getBoundingClientRect().bottom
    const bottom = document.querySelector('.step-nav')!.getBoundingClientRect().top
    return [...document.querySelectorAll('form.step .question')]
      .filter((question) => {
        const box = question.getBoundingClientRect()
        return box.top < top - 1 || box.bottom > bottom + 1 || box.right > window.innerWidth
      })
      .map((question) => question.querySelector('legend, label')?.textContent ?? '?')
  })
}

const viewports = [
  { width: 1280, height: 800 },
  { width: 800, height: 1280 },
  // a kiosk link opened on a phone: a step of one long question may be taller than the screen (it scrolls under the buttons), never wider
  { width: 360, height: 640, phone: true },
]
/** A long-text test language: every text of its pack is the Vietnamese twice over, marked as a test text (never a real translation). */
const LONG = { code: 'hnj', name: 'Hmoob Ntsuab [TEST]' }
const longText = (vi: string) => `[TEST ${LONG.code}] ${vi} ${vi}`
const languages = [
  { lang: 'vi', say: (vi: string) => vi },
  { lang: LONG.code, say: longText },
]

describe.each(['sipas2017', 'sipas2022', 'onestop2018'])('the kiosk of %s', (kind) => {
  beforeAll(async () => {
    await importTestPack(baseUrl, session, await builtinQuestionnaireId(session, kind), LONG, longText)
  })

  it.for(languages.flatMap(({ lang, say }) => viewports.map((viewport) => ({ lang, say, ...viewport }))))(
    'in $lang fits every step on a $width×$height screen without scrolling, keeps its step count, and has no serious axe violation',
    { timeout: 180_000 },
    async ({ lang, say, width, height, phone }) => {
      const viewport = { width, height }
      const { path } = await createTemplateLink(session, kind, 'kiosk', { languages: [lang] })
      const context = await browser.newContext({ viewport })
      const page = await context.newPage()
      await page.goto(`${baseUrl}${path}`)
      await page.getByRole('button', { name: say('Bắt đầu') }).waitFor()
      const checkAxe = width === 1280
      if (checkAxe) expect(await seriousViolations(page)).toEqual([])
      await page.getByRole('button', { name: say('Bắt đầu') }).click()

      const totals = new Set<string | null>()
      for (let step = 1; step <= 40; step++) {
        const progress = (await page.getByRole('progressbar').getAttribute('aria-valuetext'))!
        totals.add(await page.getByRole('progressbar').getAttribute('aria-valuemax'))
        if (screenshotDir) await page.screenshot({ path: `${screenshotDir}/kiosk-${kind}-${lang}-${width}x${height}-${String(step).padStart(2, '0')}.png` })
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${progress}: scrolls sideways`).toBeLessThanOrEqual(width)
        if (!phone) {
          expect(await questionsOffScreen(page), `${progress}: questions under the buttons`).toEqual([])
          expect(await page.evaluate(() => document.documentElement.scrollHeight), `${progress}: scrolls`).toBeLessThanOrEqual(height)
        }
        if (checkAxe && step <= 2) expect(await seriousViolations(page)).toEqual([])

        // answer every face on the step; say yes to the feedback question so its element is seen too
        const scales = page.locator('fieldset.scale')
        for (let i = 0; i < (await scales.count()); i++) await scales.nth(i).locator('label.face-option').nth(1).click()
        const yes = page.locator('input[name=gaveFeedback][value=yes]')
        if (await yes.count()) await yes.check()
        const submit = page.locator('form.step button[type=submit]')
        if ((await submit.innerText()) === say('Gửi đánh giá')) {
          await submit.click()
          break
        }
        await submit.click()
        if (await page.locator('.unanswered').count()) await page.getByRole('button', { name: say('Bỏ qua, sang trang sau') }).click()
      }
      await page.getByRole('heading', { name: say('Xin cảm ơn ông/bà!') }).waitFor()
      await page.getByText(say('Ý kiến của ông/bà đã được ghi nhận.')).waitFor()
      if (screenshotDir) await page.screenshot({ path: `${screenshotDir}/kiosk-${kind}-${lang}-${width}x${height}-thanks.png` })
      expect([...totals]).toHaveLength(1)
      await context.close()
    },
  )
})

it('says how many questions of a step are left before moving on, and takes the citizen to them', async () => {
  const { path } = await createTemplateLink(session, 'onestop2018', 'kiosk')
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  await page.goto(`${baseUrl}${path}`)
  await page.getByRole('button', { name: 'Bắt đầu' }).click()
  const first = (await page.getByRole('progressbar').getAttribute('aria-valuetext'))!
  const scales = page.locator('fieldset.scale')
  await scales.nth(0).locator('label.face-option').nth(2).click()
  await page.getByRole('button', { name: 'Tiếp theo' }).click()
  const warning = page.locator('.unanswered')
  expect(await warning.innerText()).toContain(`Còn ${(await scales.count()) - 1} câu trên trang này chưa trả lời.`)
  expect(await page.getByRole('progressbar').getAttribute('aria-valuetext')).toBe(first) // still on the step
  if (screenshotDir) await page.screenshot({ path: `${screenshotDir}/kiosk-unanswered-1280x800.png` })
  expect(await seriousViolations(page)).toEqual([])
  await page.getByRole('button', { name: 'Trả lời tiếp' }).click()
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('onestop.time_per_agency')
  await page.getByRole('button', { name: 'Bỏ qua, sang trang sau' }).click()
  expect(await page.getByRole('progressbar').getAttribute('aria-valuetext')).not.toBe(first)

  await page.getByRole('button', { name: 'Hủy / Làm lại' }).click()
  if (screenshotDir) await page.screenshot({ path: `${screenshotDir}/kiosk-restart-1280x800.png` })
  expect(await seriousViolations(page)).toEqual([])
  await page.getByRole('button', { name: 'Xóa và làm lại' }).click()
  await page.getByRole('button', { name: 'Bắt đầu' }).waitFor()
  await context.close()
})
