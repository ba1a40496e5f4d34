import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { expect, inject, it } from 'vitest'
import type { Agency } from '../../shared/agencies/schemas'
import type { Campaign } from '../../shared/campaigns/schemas'
import type { QuestionnaireSummary } from '../../shared/questionnaires/schemas'
import { useBrowserAndAdmin } from '../helpers/browser'
import { encodeWindows1258 } from '../helpers/windows-1258'

// What a Sở Nội vụ officer does while setting up: correct a draft campaign, import the
// agencies from Excel, read the audit log. Screenshots at the three sizes to be looked at.
const baseUrl = inject('baseUrl')
const shots = process.env.SCREENSHOT_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'hailong-setup-'))
const SIZES = { '1280x800': { width: 1280, height: 800 }, '800x1280': { width: 800, height: 1280 }, '360x640': { width: 360, height: 640 } } as const
// three years back, so no other suite's campaign is touched
const YEAR = new Date().getFullYear() - 3

const suite = useBrowserAndAdmin(baseUrl, { email: inject('adminEmail'), password: inject('adminPassword') }, { what: 'setup', dir: shots })

async function loggedInPage(size: keyof typeof SIZES, next: string): Promise<Page> {
  const page = await (await suite.browser.newContext({ viewport: SIZES[size], locale: 'vi-VN' })).newPage()
  page.on('dialog', (dialog) => void dialog.accept())
  await page.goto(`${baseUrl}${next}`)
  await page.waitForURL(/\/admin\/login\?next=/)
  await page.fill('#login-email', inject('adminEmail'))
  await page.fill('#login-password', inject('adminPassword'))
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await page.waitForURL(`${baseUrl}${next}`)
  return page
}

const shoot = async (page: Page, name: string) => {
  await page.waitForLoadState('networkidle')
  await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true })
}

async function newDraft(name: string): Promise<Campaign> {
  const sipas = (await suite.session.call<QuestionnaireSummary[]>('/questionnaires')).body.find((q) => q.kind === 'sipas2017' && q.status === 'published')!
  const res = await suite.session.call<Campaign>('/campaigns', {
    method: 'POST',
    body: { name, year: YEAR, startsOn: `${YEAR}-03-01`, endsOn: `${YEAR}-10-31`, questionnaireId: sipas.id },
  })
  expect(res.status).toBe(201)
  return res.body
}

it('edits a draft campaign: the period follows the year, a period outside the year warns, and the draft can be deleted', async () => {
  const draft = await newDraft(`Khảo sát nháp ${YEAR}`)
  const page = await loggedInPage('1280x800', `/admin/campaigns/${draft.id}`)
  await page.getByRole('button', { name: 'Sửa thông tin' }).click()
  await page.fill('#campaign-edit-name', `Khảo sát đã sửa ${YEAR + 1}`)
  await page.fill('#campaign-edit-year', String(YEAR + 1))
  expect([await page.inputValue('#campaign-edit-starts'), await page.inputValue('#campaign-edit-ends')]).toEqual([`${YEAR + 1}-03-01`, `${YEAR + 1}-10-31`])
  expect(await page.locator('form .alert-warning').count()).toBe(0)
  await page.fill('#campaign-edit-ends', `${YEAR + 2}-01-31`)
  await expect.poll(() => page.locator('form .alert-warning').innerText()).toContain(`không nằm trọn trong năm ${YEAR + 1}`)
  await shoot(page, '1280x800-campaign-edit')
  await page
    .locator('form', { has: page.locator('#campaign-edit-name') })
    .getByRole('button', { name: 'Lưu', exact: true })
    .click()
  await expect.poll(() => page.locator('.page-head h1').innerText()).toBe(`Khảo sát đã sửa ${YEAR + 1}`)
  const saved = (await suite.session.call<Campaign>(`/campaigns/${draft.id}`)).body
  expect(saved).toMatchObject({
    year: YEAR + 1,
    startsOn: `${YEAR + 1}-03-01`,
    endsOn: `${YEAR + 2}-01-31`,
    status: 'draft',
    warnings: ['period_outside_year'],
  })
  expect(await page.locator('.alert-warning').first().innerText()).toContain(`không nằm trọn trong năm ${YEAR + 1}`)

  // opening with a ticked but unsaved unit is refused before any request; with none saved, the server's refusal is shown in Vietnamese
  await page.locator('.unit-picker label.check', { hasText: 'Sở Nội vụ' }).locator('input').check()
  await page.getByRole('button', { name: 'Mở đợt khảo sát' }).click()
  await expect.poll(() => page.locator('.alert-error').innerText()).toContain('chưa lưu')
  await page.locator('.unit-picker label.check', { hasText: 'Sở Nội vụ' }).locator('input').uncheck()
  await page.reload()
  await page.getByRole('button', { name: 'Mở đợt khảo sát' }).click()
  await expect.poll(() => page.locator('.alert-error').innerText()).toBe('Cần lưu ít nhất một đơn vị trước khi mở đợt khảo sát')
  expect((await suite.session.call<Campaign>(`/campaigns/${draft.id}`)).body.status).toBe('draft')

  await page.getByRole('button', { name: 'Xóa bản nháp' }).click()
  await page.waitForURL(`${baseUrl}/admin/campaigns`)
  expect((await suite.session.call(`/campaigns/${draft.id}`)).status).toBe(404)
  await page.context().close()
})

it('shows the campaign form at 800×1280 and 360×640', async () => {
  const draft = await newDraft(`Khảo sát nháp màn hình ${YEAR}`)
  for (const size of ['800x1280', '360x640'] as const) {
    const page = await loggedInPage(size, `/admin/campaigns/${draft.id}`)
    await page.getByRole('button', { name: 'Sửa thông tin' }).click()
    await page.fill('#campaign-edit-ends', `${YEAR + 1}-01-31`)
    await expect.poll(() => page.locator('form .alert-warning').count()).toBe(1)
    await shoot(page, `${size}-campaign-edit`)
    await page.context().close()
  }
  expect((await suite.session.call(`/campaigns/${draft.id}`, { method: 'DELETE' })).status).toBe(204)
})

it('imports agencies from a Windows-1258 CSV and lists every rejected row in Vietnamese; the audit log says so in words', async () => {
  const rows = [
    'Tên cơ quan,Mã,Loại,Mã cơ quan cấp trên',
    'Sở Văn hóa kiểm thử nhập,NHAP-SVH,"Sở, ban, ngành",',
    'Phòng Quản lý di sản kiểm thử,NHAP-DS,"Chi nhánh, bộ phận",NHAP-SVH',
    'Phòng không rõ loại,NHAP-X,bộ phận lạ,',
    ...Array.from({ length: 30 }, (_, i) => `Đội thiếu cấp trên số ${i + 1},NHAP-T${i},Khác,KHONG-CO-MA`),
  ]
  const file = { name: 'co-quan.csv', mimeType: 'text/csv', buffer: Buffer.from(encodeWindows1258(`${rows.join('\r\n')}\r\n`)) }
  for (const size of ['1280x800', '800x1280', '360x640'] as const) {
    const page = await loggedInPage(size, '/admin/agencies')
    await page.getByRole('button', { name: 'Nhập từ Excel/CSV' }).click()
    await page.setInputFiles('#agency-import-file', file)
    await page.getByRole('button', { name: 'Nhập', exact: true }).click()
    await expect.poll(() => page.locator('.import-report').count()).toBe(1)
    // 1 unknown kind and 30 unknown parents; from the second run on, the 2 valid codes are taken too
    expect(await page.locator('.import-rejections tbody tr').count()).toBe(size === '1280x800' ? 31 : 33)
    expect(await page.locator('.import-rejections tbody').innerText()).toContain('Loại không có trong danh sách các loại.')
    expect(await page.locator('.import-report').innerText()).toContain('Windows-1258')
    await shoot(page, `${size}-agency-import`)
    await page.context().close()
  }
  // the first run added the two valid rows, spelt right; the later runs found their codes taken
  const agencies = (await suite.session.call<Agency[]>('/agencies')).body
  expect(
    agencies
      .filter((a) => a.code.startsWith('NHAP-'))
      .map((a) => a.name)
      .sort(),
  ).toEqual(['Phòng Quản lý di sản kiểm thử', 'Sở Văn hóa kiểm thử nhập'])

  for (const size of ['1280x800', '800x1280', '360x640'] as const) {
    const page = await loggedInPage(size, '/admin/audit')
    await page.waitForSelector('tbody tr')
    expect(await page.locator('tbody').innerText()).toContain('Nhập từ tệp')
    expect(await page.locator('tbody').innerText()).toContain('Bảng mã của tệp: windows-1258')
    await shoot(page, `${size}-audit`)
    await page.context().close()
  }
})
