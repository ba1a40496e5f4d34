import { render } from 'preact'
import { act } from 'preact/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { AuditPage } from '../../client/admin/audit/AuditPage'
import { setLanguage } from '../../client/i18n/language'

let root: HTMLElement
const items = [
  {
    id: 3,
    at: '2027-03-02T03:00:00Z',
    userId: 1,
    userEmail: 'admin@sonla.gov.vn',
    action: 'update',
    entity: 'campaign',
    entityId: '7',
    details: { changes: { endsOn: { from: '2027-12-31', to: '2027-11-30' }, status: { from: 'draft', to: 'open' } } },
  },
  {
    id: 2,
    at: '2027-03-01T03:00:00Z',
    userId: 1,
    userEmail: 'admin@sonla.gov.vn',
    action: 'import',
    entity: 'agency',
    entityId: null,
    details: { created: 12, rejected: 1, encoding: 'windows-1258' },
  },
  { id: 1, at: '2027-03-01T02:00:00Z', userId: null, userEmail: null, action: 'made_up_action', entity: 'agency', entityId: '4', details: { active: false } },
]

beforeEach(async () => {
  setLanguage('vi')
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify({ items, nextBefore: null }), { status: 200, headers: { 'Content-Type': 'application/json' } })),
  )
  root = document.createElement('div')
  document.body.append(root)
  await act(async () => {
    render(<AuditPage />, root)
    await new Promise((resolve) => setTimeout(resolve, 0))
  })
})
afterEach(() => {
  act(() => render(null, root))
  root.remove()
  vi.unstubAllGlobals()
})

describe('audit log', () => {
  const cells = (row: number) => [...root.querySelectorAll('tbody tr')[row]!.querySelectorAll('td')].map((td) => td.textContent)

  it('names actions and objects in Vietnamese and shows a change as field: old → new', () => {
    const [, who, action, entity, details] = cells(0)
    expect([who, action, entity]).toEqual(['admin@sonla.gov.vn', 'Sửa', 'Đợt khảo sát #7'])
    expect([...root.querySelectorAll('tbody tr')[0]!.querySelectorAll('.audit-details li')].map((li) => li.textContent)).toEqual([
      'Ngày kết thúc: 2027-12-31 → 2027-11-30',
      'Trạng thái: Bản nháp → Đang mở',
    ])
    expect(details).not.toContain('{')
  })

  it('lists other details as field: value, and keeps an unknown action code as it is', () => {
    expect(cells(1).slice(2)).toEqual(['Nhập từ tệp', 'Cơ quan', 'Số dòng đã thêm: 12Số dòng bị từ chối: 1Bảng mã của tệp: windows-1258'])
    expect(cells(2).slice(1)).toEqual(['hệ thống', 'made_up_action', 'Cơ quan #4', 'Đang hoạt động: Không'])
  })
})
