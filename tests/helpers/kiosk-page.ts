import type { Page } from 'playwright-core'

/** Taps through the whole questionnaire as a citizen would, whatever the template: a face on every scale, then Send. */
export async function answerOnce(page: Page, variant: number): Promise<void> {
  await page.getByRole('button', { name: 'Bắt đầu' }).click()
  for (let screen = 0; screen < 40; screen++) {
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

/** Answers waiting in the kiosk's outbox, as its staff indicator shows them. */
export const queued = (page: Page) => page.locator('.staff-indicator').getAttribute('data-queued')
