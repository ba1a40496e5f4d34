import { describe, expect, it, vi } from 'vitest'
import { warnIfLoopbackPublicUrl } from '../../server/bootstrap'
import type { AppContext } from '../../server/http/context'
import { renderPoster } from '../../server/posters/render-poster'
import { isLoopbackUrl } from '../../shared/links/public-url'

describe('a loopback public URL', () => {
  it.each([
    ['http://localhost:3000', true],
    ['http://127.0.0.1:3000', true],
    ['http://127.1.2.3', true],
    ['http://[::1]:3000', true],
    ['http://0.0.0.0:3000', true],
    ['http://app.localhost', true],
    ['https://hailong.sonla.gov.vn', false],
    ['http://192.168.1.20:3000', false],
    ['http://localhost.sonla.gov.vn', false],
    ['not a url', false],
  ])('%s is loopback: %s', (url, loopback) => {
    expect(isLoopbackUrl(url)).toBe(loopback)
  })

  const startUp = (publicUrl: string) => {
    const warn = vi.fn()
    let printed = ''
    warnIfLoopbackPublicUrl({ config: { publicUrl }, log: { warn } } as unknown as AppContext, (text) => (printed += text))
    return { warn, printed }
  }

  it('is warned about at start-up in a log line and a console block, Vietnamese first', () => {
    const { warn, printed } = startUp('http://localhost:3000')
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('loopback'), { publicUrl: 'http://localhost:3000' })
    expect(printed).toMatch(/====/)
    expect(printed.indexOf('CẢNH BÁO')).toBeGreaterThan(-1)
    expect(printed.indexOf('CẢNH BÁO')).toBeLessThan(printed.indexOf('WARNING'))
    expect(printed).toContain('PUBLIC_URL')
  })

  it('is not warned about when PUBLIC_URL is a real address', () => {
    expect(startUp('https://hailong.sonla.gov.vn')).toEqual({ warn: expect.any(Function), printed: '' })
    expect(startUp('https://hailong.sonla.gov.vn').warn).not.toHaveBeenCalled()
  })

  it('puts a warning on the poster itself', () => {
    const poster = (url: string) =>
      String(renderPoster({ unitName: 'UBND xã Mường Phăng', campaignName: 'Khảo sát 2027', minutes: 3, url, qrSvg: '<svg></svg>', size: 'a4', lang: 'vi' }))
    expect(poster('http://localhost:3000/s/abc')).toContain('Không nên in áp phích này: địa chỉ trong mã QR (http://localhost:3000/s/abc)')
    expect(poster('https://hailong.sonla.gov.vn/s/abc')).not.toContain('Không nên in')
  })
})
