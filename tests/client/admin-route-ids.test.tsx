import { render } from 'preact'
import { act } from 'preact/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { App } from '../../client/admin/App'
import { routeIdsValid } from '../../client/admin/route-ids'
import { setLanguage } from '../../client/i18n/language'
import { campaignFixture } from '../helpers/fixtures'

const campaign = campaignFixture([1])
let root: HTMLElement
let requests: string[]

function answer(url: string): Response {
  const path = new URL(url, 'http://localhost').pathname
  const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
  if (path === '/api/v1/auth/me') return json(200, { id: 1, email: 'admin@sonla.gov.vn', name: 'Quản trị', role: 'admin', agencyId: null })
  if (path === '/api/v1/campaigns') return json(200, [campaign])
  if (path === '/api/v1/cases/summary') return json(200, { open: 0, overdue: 0 })
  return json(400, { error: { code: 'validation_failed', message: 'id: invalid', fields: { id: 'invalid' }, issues: { id: { code: 'invalid_type' } } } })
}

beforeEach(() => {
  setLanguage('vi')
  requests = []
  vi.stubGlobal('fetch', async (url: string) => {
    requests.push(url)
    await new Promise((resolve) => setTimeout(resolve)) // as a network would, let timers run between answers
    return answer(url)
  })
  root = document.createElement('div')
  document.body.append(root)
})
afterEach(() => {
  act(() => render(null, root))
  root.remove()
  vi.unstubAllGlobals()
})

describe('admin route ids', () => {
  it('accepts positive whole numbers only, and ignores params that are not ids', () => {
    expect(routeIdsValid({ campaignId: '7', agencyId: '12' })).toBe(true)
    expect(routeIdsValid({ slug: 'abc' })).toBe(true)
    for (const bad of ['abc', 'NaN', '0', '-1', '1.5', '1e3', '07', ' 7', '9'.repeat(16)]) expect(routeIdsValid({ id: bad }), bad).toBe(false)
  })

  it.each([
    '/admin/results/abc',
    '/admin/results/abc/report',
    '/admin/results/7/units/x1',
    '/admin/campaigns/NaN',
    '/admin/campaigns/7/units/abc',
    '/admin/questionnaires/abc',
  ])('%s shows “not found” and asks the API for no such id', async (url) => {
    history.replaceState(null, '', url)
    render(<App />, root) // outside act(): a page that loops must fail the test, not hang it
    await vi.waitFor(() => expect(root.querySelector('h2')?.textContent).toBe('Không tìm thấy trang'))
    await new Promise((resolve) => setTimeout(resolve)) // a round of renders and effects after it
    // the menu's count of overdue feedback cases is asked on every page, with no id
    const idRequests = requests.filter(
      (r) => !['/api/v1/auth/me', '/api/v1/campaigns', '/api/v1/cases/summary'].includes(new URL(r, 'http://localhost').pathname),
    )
    expect(idRequests).toEqual([])
  })
})
