import { render } from 'preact'
import { act } from 'preact/test-utils'
import { LocationProvider } from 'preact-iso'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { shiftPeriod } from '../../client/admin/campaigns/CampaignForm'
import { NewCampaignPage } from '../../client/admin/campaigns/NewCampaignPage'
import { fieldMessage } from '../../client/admin/ui/errors'
import { fieldMessages } from '../../client/admin/ui/messages'
import { setLanguage } from '../../client/i18n/language'
import { yearInVietnam } from '../../shared/calendar/vietnam-time'
import { FIELD_ERROR_CODES } from '../../shared/http/errors'

let root: HTMLElement
let created: unknown[]

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
}

const questionnaires = [
  {
    id: 1,
    name: 'SIPAS 2017',
    kind: 'sipas2017',
    version: 1,
    status: 'published',
    scoring: 'share45',
    basedOnId: null,
    builtin: true,
    publishedAt: '2026-01-01T00:00:00Z',
  },
  { id: 4, name: 'SIPAS 2017 sửa', kind: 'sipas2017', version: 2, status: 'draft', scoring: 'share45', basedOnId: 1, builtin: false, publishedAt: null },
]

beforeEach(async () => {
  setLanguage('vi')
  created = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      if (url === '/api/v1/questionnaires') return json(200, questionnaires)
      created.push(JSON.parse(init!.body as string))
      return json(400, {
        error: {
          code: 'validation_failed',
          message: 'Invalid request',
          fields: { name: 'is required', endsOn: 'must not be before startsOn', questionnaireId: 'must be a published questionnaire' },
          issues: { name: { code: 'required' }, endsOn: { code: 'before_start' }, questionnaireId: { code: 'not_published' } },
        },
      })
    }),
  )
  root = document.createElement('div')
  document.body.append(root)
  await act(async () => {
    render(
      <LocationProvider>
        <NewCampaignPage />
      </LocationProvider>,
      root,
    )
    await new Promise((resolve) => setTimeout(resolve, 0))
  })
})

afterEach(() => {
  act(() => render(null, root))
  root.remove()
  vi.unstubAllGlobals()
})

describe('campaign form', () => {
  it('offers published questionnaires only', () => {
    const options = [...root.querySelectorAll<HTMLOptionElement>('#campaign-questionnaire option')].map((o) => o.value)
    expect(options).toEqual(['', '1'])
  })

  it('shows each field error from the API next to its field, translated, and the others stay clean', async () => {
    await act(async () => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }))
      await new Promise((resolve) => setTimeout(resolve, 0))
    })
    expect(created).toHaveLength(1)
    expect(root.querySelector('.alert-error')?.textContent).toBe('Vui lòng kiểm tra các trường được đánh dấu.')
    expect(root.querySelector('#campaign-name-error')?.textContent).toBe('Bắt buộc nhập')
    expect(root.querySelector('#campaign-ends-error')?.textContent).toBe('Ngày kết thúc không được trước ngày bắt đầu')
    expect(root.querySelector('#campaign-questionnaire-error')?.textContent).toBe('Phải chọn phiếu khảo sát đã ban hành')
    expect(root.querySelector('#campaign-name')?.getAttribute('aria-invalid')).toBe('true')
    expect(root.querySelector('#campaign-starts-error')).toBeNull()
    expect(root.querySelector('#campaign-starts')?.getAttribute('aria-invalid')).toBeNull()
    // the hint and the error both describe the questionnaire select
    expect(root.querySelector('#campaign-questionnaire')?.getAttribute('aria-describedby')).toBe('campaign-questionnaire-hint campaign-questionnaire-error')
  })

  it('moves the period with a typed year until a date is set, and warns when the period leaves the year', async () => {
    const input = (selector: string) => root.querySelector<HTMLInputElement>(selector)!
    const type = (selector: string, value: string) =>
      act(() => {
        input(selector).value = value
        input(selector).dispatchEvent(new Event('input', { bubbles: true }))
      })
    const thisYear = yearInVietnam()
    type('#campaign-year', '2')
    type('#campaign-year', String(thisYear + 1))
    expect([input('#campaign-starts').value, input('#campaign-ends').value]).toEqual([`${thisYear + 1}-01-01`, `${thisYear + 1}-12-31`])
    expect(root.querySelector('.alert-warning')).toBeNull()
    type('#campaign-starts', `${thisYear + 1}-03-01`)
    type('#campaign-year', String(thisYear + 2))
    expect([input('#campaign-starts').value, input('#campaign-ends').value]).toEqual([`${thisYear + 1}-03-01`, `${thisYear + 1}-12-31`])
    expect(root.querySelector('.alert-warning')?.textContent).toContain(`không nằm trọn trong năm ${thisYear + 2}`)
  })

  it('moves an edited draft’s period by whole years, keeping its days', () => {
    expect(shiftPeriod(2028, { startsOn: '2027-03-01', endsOn: '2027-09-30' })).toEqual({ startsOn: '2028-03-01', endsOn: '2028-09-30' })
    expect(shiftPeriod(2027, { startsOn: '2028-02-29', endsOn: '2028-12-31' })).toEqual({ startsOn: '2027-02-28', endsOn: '2027-12-31' })
  })

  it('says what a field error code means in the chosen language, with the limit broken', () => {
    expect(fieldMessage('vi', { code: 'email_taken' })).toBe('Email này đã được dùng cho tài khoản khác')
    expect(fieldMessage('vi', { code: 'too_short', limit: 10 })).toBe('Cần ít nhất 10 ký tự')
    expect(fieldMessage('en', { code: 'too_short', limit: 10 })).toBe('At least 10 characters')
  })
})

describe('field error catalog', () => {
  it('has a Vietnamese and an English message for every code the server can send', () => {
    for (const code of FIELD_ERROR_CODES) {
      for (const lang of ['vi', 'en'] as const) {
        const message = fieldMessages[lang][code]
        expect(message, `${lang} ${code}`).toMatch(/\S/)
        expect(message, `${lang} ${code} is not the code itself`).not.toBe(code)
      }
    }
    expect(Object.keys(fieldMessages.vi).sort()).toEqual([...FIELD_ERROR_CODES].sort())
  })

  it('differs between the languages, so no English is left in the Vietnamese table', () => {
    const same = FIELD_ERROR_CODES.filter((code) => fieldMessages.vi[code] === fieldMessages.en[code])
    expect(same).toEqual([])
  })
})
