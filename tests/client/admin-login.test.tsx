import { render } from 'preact'
import { act } from 'preact/test-utils'
import { LocationProvider } from 'preact-iso'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { LoginPage, safeNext } from '../../client/admin/login/LoginPage'
import { SessionProvider } from '../../client/admin/session'
import { setLanguage } from '../../client/i18n/language'

type Answer = { status: number; body: unknown }
let root: HTMLElement
let loginAnswer: Answer
let requests: { url: string; body: unknown }[]

function json({ status, body }: Answer): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
}

beforeEach(async () => {
  setLanguage('vi')
  requests = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      requests.push({ url, body: init?.body ? JSON.parse(init.body as string) : undefined })
      if (url === '/api/v1/auth/me') return json({ status: 401, body: { error: { code: 'unauthorized', message: 'Not logged in', fields: {} } } })
      return json(loginAnswer)
    }),
  )
  root = document.createElement('div')
  document.body.append(root)
  await act(() =>
    render(
      <LocationProvider>
        <SessionProvider>
          <LoginPage />
        </SessionProvider>
      </LocationProvider>,
      root,
    ),
  )
})

afterEach(() => {
  act(() => render(null, root))
  root.remove()
  vi.unstubAllGlobals()
})

async function logIn(email: string, password: string) {
  for (const [id, value] of [
    ['login-email', email],
    ['login-password', password],
  ] as const) {
    const input = root.querySelector<HTMLInputElement>(`#${id}`)!
    input.value = value
    await act(() => void input.dispatchEvent(new Event('input', { bubbles: true })))
  }
  await act(async () => {
    root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }))
    await new Promise((resolve) => setTimeout(resolve, 0))
  })
}

const alertText = () => root.querySelector('.alert-error')?.textContent

describe('login page', () => {
  it('says the email or password is wrong on 401, and sends what was typed', async () => {
    loginAnswer = { status: 401, body: { error: { code: 'invalid_credentials', message: 'Wrong email or password', fields: {} } } }
    await logIn('can.bo@soNoiVu.gov.vn', 'sai mật khẩu')
    expect(alertText()).toBe('Email hoặc mật khẩu không đúng.')
    expect(requests.at(-1)).toEqual({ url: '/api/v1/auth/login', body: { email: 'can.bo@soNoiVu.gov.vn', password: 'sai mật khẩu' } })
  })

  it('explains the lock after too many attempts (429)', async () => {
    loginAnswer = { status: 429, body: { error: { code: 'too_many_attempts', message: 'Too many failed logins; try again in 15 min', fields: {} } } }
    await logIn('a@b.vn', 'x')
    expect(alertText()).toContain('Đăng nhập sai quá nhiều lần')
  })

  it('shows a field error from the API under its field, in Vietnamese, marked invalid', async () => {
    loginAnswer = {
      status: 400,
      body: {
        error: {
          code: 'validation_failed',
          message: 'Invalid request',
          fields: { email: 'Invalid email address' },
          issues: { email: { code: 'invalid_email' } },
        },
      },
    }
    await logIn('not-an-email', 'x')
    expect(alertText()).toBe('Vui lòng kiểm tra các trường được đánh dấu.')
    expect(root.querySelector('#login-email-error')?.textContent).toBe('Địa chỉ email không hợp lệ')
    expect(root.querySelector('#login-email')?.getAttribute('aria-invalid')).toBe('true')
    expect(root.querySelector('#login-email')?.getAttribute('aria-describedby')).toBe('login-email-error')
    expect(root.querySelector('#login-password')?.getAttribute('aria-invalid')).toBeNull()
  })

  it('switches to English', async () => {
    await act(() => setLanguage('en'))
    expect(root.querySelector('h1')?.textContent).toBe('Administration login')
    loginAnswer = { status: 401, body: { error: { code: 'invalid_credentials', message: 'Wrong email or password', fields: {} } } }
    await logIn('a@b.vn', 'x')
    expect(alertText()).toBe('Wrong email or password.')
  })
})

describe('after login', () => {
  it('follows only admin paths of this site', () => {
    expect(safeNext('/admin/campaigns/3')).toBe('/admin/campaigns/3')
    expect(safeNext(undefined)).toBe('/admin')
    expect(safeNext('https://evil.example/admin')).toBe('/admin')
    expect(safeNext('//evil.example')).toBe('/admin')
    expect(safeNext('/admin/login')).toBe('/admin')
    expect(safeNext('/field/entry/mismatches/ABCD1234')).toBe('/field/entry/mismatches/ABCD1234')
  })
})
