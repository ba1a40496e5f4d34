import 'fake-indexeddb/auto'
import { render } from 'preact'
import { act } from 'preact/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Delivery, Send } from '../../client/survey/delivery'
import { Kiosk } from '../../client/survey/Kiosk'
import { chooseLanguage, chosenLanguage } from '../../client/survey/language'
import { localizeDefinition } from '../../shared/questionnaires/localize'
import type { PublicSurvey } from '../../shared/surveys/public-survey'
import { smallSipasDefinition } from '../helpers/fixtures'

const survey: PublicSurvey = {
  code: 'kiosk-code',
  channel: 'kiosk',
  lang: 'vi',
  languages: [
    { code: 'vi', name: 'Tiếng Việt' },
    { code: 'en', name: 'English' },
  ],
  readAloud: false,
  recordings: {},
  unit: { id: 1, name: 'Sở Tư pháp' },
  campaign: { id: 1, name: 'Khảo sát 2026', year: 2026, startsOn: '2026-01-01', endsOn: '2026-12-31' },
  idleResetSeconds: 45,
  questionnaire: { ...localizeDefinition(smallSipasDefinition, 'vi'), id: 1, kind: 'sipas2017', scoring: 'share45', version: 1 },
}

let root: HTMLElement
let send: ReturnType<typeof vi.fn<Send>>
let delivered: Promise<Delivery>

function button(text: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === text)
  if (!found) throw new Error(`no button "${text}" in: ${root.textContent}`)
  return found
}
const click = (element: HTMLElement) => act(() => element.click())
const radios = (name: string) => [...root.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)]
const heading = () => root.querySelector('h1')?.textContent

beforeEach(() => {
  vi.useFakeTimers()
  // a landscape kiosk: every step of the small questionnaire fits one screen
  Object.defineProperty(window, 'innerHeight', { configurable: true, value: 800 })
  chooseLanguage(null)
  root = document.createElement('div')
  document.body.append(root)
  delivered = Promise.resolve<Delivery>({ kind: 'retry' })
  send = vi.fn<Send>(async () => ({ delivered }))
  act(() => render(<Kiosk survey={survey} send={send} />, root))
})

afterEach(() => {
  act(() => render(null, root))
  root.remove()
  vi.useRealTimers()
})

describe('kiosk', () => {
  it('walks a citizen through the steps and sends what they tapped', async () => {
    await click(button('Bắt đầu'))
    expect(heading()).toBe('Công chức')
    expect(root.querySelector('[role=progressbar]')?.getAttribute('aria-valuetext')).toBe('Bước 1/6')
    await click(radios('staff.polite')[4]!)
    await click(radios('staff.listened')[5]!) // "Không trả lời"
    expect(radios('staff.polite')[4]!.closest('label')?.className).toContain('checked')
    await click(button('Tiếp theo'))
    await click(radios('gaveFeedback')[0]!) // yes: the feedback element appears
    await click(button('Tiếp theo'))
    expect(heading()).toBe('Góp ý, phản ánh')
    expect(root.querySelector('[role=progressbar]')?.getAttribute('aria-valuetext')).toBe('Bước 3/6')
    await click(radios('feedback.easy')[3]!)
    await click(button('Tiếp theo'))
    await click(radios('overall')[4]!)
    await click(button('Tiếp theo'))
    const expectations = [...root.querySelectorAll<HTMLInputElement>('input[name=expectations]')]
    await click(expectations[0]!)
    await click(expectations[1]!)
    expect(expectations[2]!.disabled).toBe(true) // the limit is 2
    await click(button('Tiếp theo'))
    expect(heading()).toBe('Thông tin thêm (không bắt buộc)')
    await act(async () => button('Gửi đánh giá').click())

    expect(send).toHaveBeenCalledTimes(1)
    const [body] = send.mock.calls[0]!
    expect(body).toMatchObject({
      answers: { 'staff.polite': 5, 'staff.listened': null, 'feedback.easy': 4 },
      gaveFeedback: true,
      overall: 5,
      expectations: ['faster', 'online'],
      comment: null,
    })
    expect(heading()).toBe('Xin cảm ơn ông/bà!')

    await act(() => void vi.advanceTimersByTime(7_000))
    expect(heading()).toBe('Xin cảm ơn ông/bà!')
    await act(() => void vi.advanceTimersByTime(1_000))
    expect(button('Bắt đầu')).toBeTruthy()
    await click(button('Bắt đầu'))
    expect(radios('staff.polite').some((radio) => radio.checked)).toBe(false)

    // the next citizen skips everything: each question screen says what is left unanswered first
    await click(button('Tiếp theo'))
    expect(root.querySelector('.unanswered')?.textContent).toContain('Còn 2 câu trên trang này chưa trả lời.')
    await click(button('Bỏ qua, sang trang sau'))
    await click(button('Tiếp theo')) // the feedback question
    await click(button('Bỏ qua, sang trang sau'))
    expect(root.querySelector('[role=progressbar]')?.getAttribute('aria-valuetext')).toBe('Bước 4/6') // the total holds; the feedback element is skipped
    await click(button('Tiếp theo')) // overall
    await click(button('Bỏ qua, sang trang sau'))
    await click(button('Tiếp theo')) // expectations: optional
    await act(async () => button('Gửi đánh giá').click())
    expect(send).toHaveBeenCalledTimes(2)
    expect(send.mock.calls[1]![0].answers).toEqual({ 'staff.polite': null, 'staff.listened': null })
    await act(() => void vi.advanceTimersByTime(7_000))
    expect(heading()).toBe('Xin cảm ơn ông/bà!')
  })

  it('returns to the start in Vietnamese, with nothing of the last answers, after the idle time', async () => {
    await click(button('Bắt đầu'))
    await click(radios('staff.polite')[0]!)
    await click(button('English'))
    expect(chosenLanguage()).toBe('en')

    await act(() => void vi.advanceTimersByTime(44_000))
    expect(button('Next')).toBeTruthy() // still answering, in English
    await act(() => void vi.advanceTimersByTime(1_000))
    expect(chosenLanguage()).toBeNull() // back to the link's first language
    expect(button('Bắt đầu')).toBeTruthy()
    await click(button('Bắt đầu'))
    expect(radios('staff.polite').some((radio) => radio.checked)).toBe(false)
    expect(send).not.toHaveBeenCalled()
  })

  it('says on the thank-you screen what became of the answer, and "recorded" only once the server stored it', async () => {
    let deliver!: (outcome: Delivery) => void
    delivered = new Promise<Delivery>((resolve) => (deliver = resolve))
    await click(button('Bắt đầu'))
    for (const name of ['staff.polite', 'staff.listened']) await click(radios(name)[3]!)
    await click(button('Tiếp theo'))
    await click(radios('gaveFeedback')[1]!)
    await click(button('Tiếp theo'))
    await click(radios('overall')[3]!)
    await click(button('Tiếp theo'))
    await click(button('Tiếp theo'))
    await act(async () => button('Gửi đánh giá').click())
    const note = () => root.querySelector('[data-delivery]')
    expect(note()?.textContent).toBe('Đang gửi câu trả lời…')
    await act(async () => deliver({ kind: 'rejected', status: 410, code: 'survey_closed' }))
    expect(note()?.textContent).toBe('Câu trả lời không được ghi nhận: đợt khảo sát đã kết thúc hoặc đường dẫn không còn dùng được.')
    expect(root.textContent).not.toContain('đã được ghi nhận')
  })

  it('clears a half-finished survey on "Hủy / Làm lại", after asking', async () => {
    await click(button('Bắt đầu'))
    await click(radios('staff.polite')[0]!)
    await click(button('Hủy / Làm lại'))
    expect(root.querySelector('[role=alertdialog]')?.textContent).toContain('Xóa hết các câu đã chọn và làm lại từ đầu?')
    await click(button('Tiếp tục trả lời'))
    expect(radios('staff.polite')[0]!.checked).toBe(true)
    await click(button('Hủy / Làm lại'))
    await click(button('Xóa và làm lại'))
    expect(button('Bắt đầu')).toBeTruthy()
    await click(button('Bắt đầu'))
    expect(radios('staff.polite').some((radio) => radio.checked)).toBe(false)
    expect(send).not.toHaveBeenCalled()
  })

  it('puts an English start screen left alone back into Vietnamese', async () => {
    await click(button('English'))
    await act(() => void vi.advanceTimersByTime(45_000))
    expect(chosenLanguage()).toBeNull() // back to the link's first language
  })

  it('keeps idle time from running out while the citizen touches the screen', async () => {
    await click(button('Bắt đầu'))
    for (let i = 0; i < 3; i++) {
      await act(() => void vi.advanceTimersByTime(30_000))
      document.dispatchEvent(new Event('pointerdown'))
    }
    expect(heading()).toBe('Công chức')
  })
})
