import { render } from 'preact'
import { act } from 'preact/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ChoiceQuestion } from '../../client/survey/questions'
import { SurveyContext, type SurveyContextValue } from '../../client/survey/survey-context'

/** A device's speech synthesis with the voices given: what it was asked to say, and whether it was silenced. */
function fakeSynthesis(voices: { lang: string }[]) {
  const spoken: string[] = []
  const synthesis = {
    getVoices: () => voices,
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
    cancel: vi.fn(),
    speak: (utterance: { text: string; onend: (() => void) | null }) => {
      spoken.push(utterance.text)
      queueMicrotask(() => utterance.onend?.())
    },
  }
  vi.stubGlobal('speechSynthesis', synthesis)
  vi.stubGlobal(
    'SpeechSynthesisUtterance',
    class {
      lang = ''
      voice: unknown = null
      onend: (() => void) | null = null
      onerror: (() => void) | null = null
      constructor(readonly text: string) {}
    },
  )
  return { spoken, synthesis }
}

const options = [
  { key: 'yes', label: 'Có' },
  { key: 'no', label: 'Không' },
]
let root: HTMLElement
let chosen: string | null | undefined

function show(survey: SurveyContextValue, value: string | null | undefined = undefined) {
  act(() =>
    render(
      <SurveyContext.Provider value={survey}>
        <ChoiceQuestion
          name="extra"
          legend="Ông/bà có phải trả thêm tiền?"
          textKey="perception.extra"
          options={options}
          value={value}
          onChange={(key) => (chosen = key)}
        />
      </SurveyContext.Provider>,
      root,
    ),
  )
}
const speaker = () => root.querySelector<HTMLButtonElement>('button.speaker')

beforeEach(() => {
  root = document.createElement('div')
  document.body.append(root)
  chosen = undefined
})
afterEach(() => {
  act(() => render(null, root))
  root.remove()
  vi.unstubAllGlobals()
})

describe('reading a question aloud', () => {
  it('shows no speaker when the language has neither a recording nor a voice on this device', () => {
    fakeSynthesis([{ lang: 'en-GB' }])
    show({ lang: 'vi', recordings: {}, readAloud: false })
    expect(speaker()).toBeNull()
  })

  it('falls back to the device voice: the question, then every option in order, whichever is chosen', async () => {
    const { spoken } = fakeSynthesis([{ lang: 'vi-VN' }])
    show({ lang: 'vi', recordings: {}, readAloud: false }, 'no')
    expect(speaker()?.getAttribute('aria-label')).toBe('Nghe đọc: Ông/bà có phải trả thêm tiền?')
    await act(async () => {
      speaker()!.click()
      for (let i = 0; i < 10; i++) await Promise.resolve()
    })
    expect(spoken).toEqual(['Ông/bà có phải trả thêm tiền?', 'Có', 'Không', 'Không trả lời'])
    expect(chosen).toBeUndefined() // listening chose nothing
  })

  it('stops speaking when the question leaves the screen', () => {
    const { synthesis } = fakeSynthesis([{ lang: 'vi-VN' }])
    show({ lang: 'vi', recordings: {}, readAloud: false })
    synthesis.speak = vi.fn() // a long text still being read
    act(() => speaker()!.click())
    expect(speaker()?.getAttribute('aria-pressed')).toBe('true')
    synthesis.cancel.mockClear()
    act(() => render(null, root))
    expect(synthesis.cancel).toHaveBeenCalled()
  })
})
