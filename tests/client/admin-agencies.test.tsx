import { render } from 'preact'
import { useState } from 'preact/hooks'
import { act } from 'preact/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { AgencyTree } from '../../client/admin/agencies/AgencyTree'
import { ImportAgencies } from '../../client/admin/agencies/ImportAgencies'
import { buildAgencyTree, countBelow, flattenTree, subtreeIds } from '../../client/admin/agencies/tree'
import { UnitPicker } from '../../client/admin/campaigns/UnitPicker'
import { setLanguage } from '../../client/i18n/language'
import { type Agency, DEFAULT_OPENING_HOURS } from '../../shared/agencies/schemas'

const agency = (id: number, name: string, parentId: number | null, active = true): Agency => ({
  id,
  name,
  code: `A${id}`,
  kind: 'department',
  parentId,
  active,
  openingHours: DEFAULT_OPENING_HOURS,
})

// the API lists agencies flat, by name, children possibly before their parents
const flat = [
  agency(5, 'Phòng Công chứng số 1', 3),
  agency(1, 'Tỉnh Sơn La', null),
  agency(3, 'Sở Tư pháp', 1),
  agency(2, 'Sở Nội vụ', 1),
  agency(6, 'Bộ phận một cửa', 5),
  agency(4, 'UBND xã Mường La', 1),
  agency(9, 'Đơn vị mồ côi', 42), // parent outside what this account sees
]

describe('agency tree', () => {
  it('nests any depth, sorts siblings by name in Vietnamese order and records the depth', () => {
    const roots = buildAgencyTree(flat)
    expect(roots.map((n) => n.agency.id)).toEqual([9, 1])
    expect(flattenTree(roots).map((n) => [n.agency.name, n.depth])).toEqual([
      ['Đơn vị mồ côi', 0],
      ['Tỉnh Sơn La', 0],
      ['Sở Nội vụ', 1],
      ['Sở Tư pháp', 1],
      ['Phòng Công chứng số 1', 2],
      ['Bộ phận một cửa', 3],
      ['UBND xã Mường La', 1],
    ])
  })

  it('finds an agency and everything under it (where it may not move)', () => {
    expect([...subtreeIds(buildAgencyTree(flat), 3)].sort()).toEqual([3, 5, 6])
    expect([...subtreeIds(buildAgencyTree(flat), 4)]).toEqual([4])
    expect(subtreeIds(buildAgencyTree(flat), 99).size).toBe(0)
  })

  it('builds and walks a chain 20,000 levels deep without overflowing the stack', () => {
    const chain = Array.from({ length: 20_000 }, (_, i) => agency(i + 1, `Cấp ${i + 1}`, i === 0 ? null : i))
    const roots = buildAgencyTree(chain)
    const list = flattenTree(roots)
    expect(list).toHaveLength(20_000)
    expect(list[19_999]!.depth).toBe(19_999)
    expect(subtreeIds(roots, 19_999).size).toBe(2)
    expect(countBelow(chain, [20_000]).get(1)).toBe(1)
  })

  it('renders a chain 3,000 levels deep, opened down to its last unit', { timeout: 30_000 }, () => {
    const chain = Array.from({ length: 3_000 }, (_, i) => agency(i + 1, `Cấp ${i + 1}`, i === 0 ? null : i))
    const open = countBelow(chain, [3_000]).keys()
    act(() =>
      render(<AgencyTree roots={buildAgencyTree(chain)} row={({ agency }) => <span class="tree-label">{agency.name}</span>} initiallyOpen={open} />, root),
    )
    expect(names()).toHaveLength(3_000)
    expect(root.querySelector('li[data-depth="2999"]')?.getAttribute('data-indent')).toBe('12')
  })

  it('is empty for no agencies', () => {
    expect(buildAgencyTree([])).toEqual([])
  })
})

let root: HTMLElement
beforeEach(() => {
  setLanguage('vi')
  root = document.createElement('div')
  document.body.append(root)
})
afterEach(() => {
  act(() => render(null, root))
  root.remove()
})

const names = () => [...root.querySelectorAll('.tree-label')].map((el) => el.textContent)

describe('collapsible tree', () => {
  it('starts with the top level open and opens or closes a branch', () => {
    act(() => render(<AgencyTree roots={buildAgencyTree(flat)} row={({ agency }) => <span class="tree-label">{agency.name}</span>} />, root))
    expect(names()).toEqual(['Đơn vị mồ côi', 'Tỉnh Sơn La', 'Sở Nội vụ', 'Sở Tư pháp', 'UBND xã Mường La'])
    const toggle = root.querySelector<HTMLButtonElement>('button[aria-label="Mở Sở Tư pháp"]')!
    expect(toggle.getAttribute('aria-expanded')).toBe('false')
    act(() => toggle.click())
    expect(names()).toContain('Phòng Công chứng số 1')
    expect(names()).not.toContain('Bộ phận một cửa')
    act(() => [...root.querySelectorAll('button')].find((b) => b.textContent === 'Mở tất cả')!.click())
    expect(names()).toHaveLength(7)
    act(() => root.querySelector<HTMLButtonElement>('button[aria-label="Thu gọn Tỉnh Sơn La"]')!.click())
    expect(names()).toEqual(['Đơn vị mồ côi', 'Tỉnh Sơn La'])
  })
})

describe('unit picker', () => {
  const many = [agency(1, 'Tỉnh', null), ...Array.from({ length: 7 }, (_, i) => agency(10 + i, `Sở số ${i + 1}`, 1)), agency(30, 'Sở đã giải thể', 1, false)]

  function Harness({ initial }: { initial: number[] }) {
    const [selected, setSelected] = useState(() => new Set(initial))
    return <UnitPicker agencies={many} selected={selected} onChange={setSelected} />
  }
  const box = (name: string) => [...root.querySelectorAll('label.check')].find((l) => l.textContent?.includes(name))!.querySelector('input')!
  const warning = () => root.querySelector('.alert-warning')?.textContent ?? null

  it('counts the ticked units and warns above the plan’s 5, without blocking', () => {
    act(() => render(<Harness initial={[10, 11, 12, 13]} />, root))
    expect(root.querySelector('.picker-count')?.textContent).toBe('Đã chọn 4 đơn vị')
    expect(warning()).toBeNull()
    act(() => box('Sở số 5').click())
    expect(root.querySelector('.picker-count')?.textContent).toBe('Đã chọn 5 đơn vị')
    expect(warning()).toBeNull()
    act(() => box('Sở số 6').click())
    expect(root.querySelector('.picker-count')?.textContent).toBe('Đã chọn 6 đơn vị')
    expect(warning()).toBe('Kế hoạch của tỉnh khảo sát 5 đơn vị mỗi năm; đợt này có 6 đơn vị. Vẫn có thể lưu.')
    act(() => box('Sở số 1').click())
    expect(warning()).toBeNull()
  })

  it('offers inactive agencies only while they are already chosen', () => {
    act(() => render(<Harness initial={[]} />, root))
    expect(root.textContent).not.toContain('Sở đã giải thể')
    act(() => render(<Harness key="again" initial={[30]} />, root))
    expect(box('Sở đã giải thể').checked).toBe(true)
  })

  it('opens the tree down to a ticked sub-unit, and a collapsed parent says how many ticked units it hides', () => {
    act(() => render(<UnitPicker agencies={flat} selected={new Set([6])} onChange={() => undefined} />, root))
    expect(box('Bộ phận một cửa').checked).toBe(true)
    act(() => root.querySelector<HTMLButtonElement>('button[aria-label="Thu gọn Sở Tư pháp"]')!.click())
    expect(root.textContent).not.toContain('Bộ phận một cửa')
    const row = [...root.querySelectorAll('.tree-row')].find((r) => r.textContent?.includes('Sở Tư pháp'))!
    expect(row.querySelector('.tree-note')?.textContent).toBe('1 đơn vị đã chọn bên trong')
  })

  it('shows the API error for the units', () => {
    act(() => render(<UnitPicker agencies={many} selected={new Set([10])} onChange={() => undefined} error="một đơn vị đã có phiếu trả lời" />, root))
    expect(root.querySelector('.alert-error')?.textContent).toBe('một đơn vị đã có phiếu trả lời')
  })
})

describe('agency import', () => {
  it('sends the file as it is and lists every rejected row, in Vietnamese, with the cell', async () => {
    const sent: { body: unknown; type: string | null }[] = []
    const rejected = Array.from({ length: 120 }, (_, i) => ({
      line: i + 2,
      code: 'kind_unknown',
      field: 'kind',
      value: `bộ ${i}`,
      reason: 'kind: not a known kind code or name',
    }))
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: string, init: RequestInit) => {
        sent.push({ body: init.body, type: new Headers(init.headers).get('Content-Type') })
        return new Response(JSON.stringify({ created: 3, encoding: 'windows-1258', rejected }), {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
        })
      }),
    )
    act(() => render(<ImportAgencies onImported={() => undefined} onClose={() => undefined} />, root))
    expect([...root.querySelectorAll('a[download]')].map((a) => a.getAttribute('href'))).toEqual([
      '/api/v1/agencies/import-template.xlsx',
      '/api/v1/agencies/import-template.csv',
    ])
    const file = new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04])], 'co-quan.xlsx')
    const input = root.querySelector<HTMLInputElement>('input[type=file]')!
    Object.defineProperty(input, 'files', { value: [file] })
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }))
    })
    await act(async () => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }))
      await new Promise((resolve) => setTimeout(resolve, 0))
    })
    expect(sent).toEqual([{ body: file, type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }])
    const rows = [...root.querySelectorAll('.import-rejections tbody tr')]
    expect(rows).toHaveLength(120)
    expect([...rows[119]!.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['121', 'Loại', 'bộ 119', 'Loại không có trong danh sách các loại.'])
    expect(root.textContent).toContain('bảng mã Windows-1258')
    vi.unstubAllGlobals()
  })
})
