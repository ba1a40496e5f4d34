import { render } from 'preact'
import { act } from 'preact/test-utils'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { setLanguage } from '../../client/i18n/language'
import type { Delivery } from '../../client/survey/delivery'
import { FollowUp } from '../../client/survey/FollowUp'

let root: HTMLElement
beforeEach(() => {
  setLanguage('vi')
  root = document.createElement('div')
  document.body.append(root)
})
afterEach(() => {
  render(null, root)
  root.remove()
})

const show = (delivery: Delivery | null, commented: boolean) => act(() => render(<FollowUp delivery={delivery} commented={commented} />, root))

describe('the follow-up code on the thank-you screen', () => {
  it('shows the code, large and grouped, with the QR of its page once the server opened a case', () => {
    show({ kind: 'accepted', receipt: 'none', followUpCode: '7K3M9QXD' }, true)
    expect(root.querySelector('[data-follow-up-code]')?.textContent).toBe('7K3M\u00a09QXD')
    expect(root.querySelector('img')?.getAttribute('src')).toBe('/f/7K3M9QXD/qr.svg')
    expect(root.querySelector('img')?.getAttribute('alt')).toBe('Mã QR mở trang theo dõi ý kiến')
  })

  it('says no code can be given when a comment waits in the outbox, rather than promising one', () => {
    show({ kind: 'retry' }, true)
    expect(root.textContent).toContain('không cấp được mã theo dõi')
    expect(root.querySelector('[data-follow-up-code]')).toBeNull()
  })

  it('shows nothing when no case was opened, nothing was commented, or the answer is still on its way', () => {
    for (const [delivery, commented] of [
      [{ kind: 'accepted', receipt: 'none', followUpCode: null }, true],
      [{ kind: 'retry' }, false],
      [null, true],
    ] as const) {
      show(delivery, commented)
      expect(root.innerHTML).toBe('')
    }
  })
})
