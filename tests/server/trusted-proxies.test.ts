import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { clientAddress } from '../../server/auth/client-address'
import { trustedProxies } from '../../server/auth/trusted-proxies'
import { ConfigError, loadConfig } from '../../server/config'

/** The address clientAddress() gives for a request from `remote` with that X-Forwarded-For. */
async function addressSeen(trusted: string[], remote: string, forwardedFor?: string): Promise<string> {
  const isTrustedProxy = trustedProxies(trusted)
  const app = new Hono().get('/', (c) => c.text(clientAddress(c, isTrustedProxy)))
  const headers: Record<string, string> = forwardedFor === undefined ? {} : { 'X-Forwarded-For': forwardedFor }
  const res = await app.request('/', { headers }, { incoming: { socket: { remoteAddress: remote } } })
  return res.text()
}

describe('TRUSTED_PROXIES', () => {
  it('trusts no proxy by default: a private or loopback peer’s X-Forwarded-For is ignored', async () => {
    expect(loadConfig({}).trustedProxies).toEqual([])
    expect(await addressSeen([], '192.168.1.20', '203.0.113.5')).toBe('192.168.1.20')
    expect(await addressSeen([], '10.0.0.2', '203.0.113.5')).toBe('10.0.0.2')
    expect(await addressSeen([], '127.0.0.1', '203.0.113.5')).toBe('127.0.0.1')
  })

  it('reads addresses and CIDRs, and refuses anything else naming the variable', () => {
    expect(loadConfig({ TRUSTED_PROXIES: ' 127.0.0.1, ::1 ,10.0.0.0/8,fd00::/8' }).trustedProxies).toEqual(['127.0.0.1', '::1', '10.0.0.0/8', 'fd00::/8'])
    for (const bad of ['localhost', '10.0.0.0/33', '10.0.0.0/8/1', '::1/129', '10.0.0.0/x']) {
      expect(() => loadConfig({ TRUSTED_PROXIES: bad })).toThrow(ConfigError)
      expect(() => loadConfig({ TRUSTED_PROXIES: bad })).toThrow(/TRUSTED_PROXIES/)
    }
  })

  it('from a trusted proxy, takes the right-most entry that is not itself a trusted proxy', async () => {
    expect(await addressSeen(['10.0.0.0/8'], '10.0.0.2', '203.0.113.5')).toBe('203.0.113.5')
    // a client's own (forged) entries sit on the left and are never reached
    expect(await addressSeen(['10.0.0.0/8'], '10.0.0.2', '1.2.3.4, 203.0.113.5, 10.0.0.3')).toBe('203.0.113.5')
    expect(await addressSeen(['10.0.0.0/8'], '10.0.0.2')).toBe('10.0.0.2')
    expect(await addressSeen(['10.0.0.0/8'], '192.168.1.20', '203.0.113.5')).toBe('192.168.1.20')
  })

  it('matches loopback only when listed, IPv4-mapped IPv6 peers included', async () => {
    expect(await addressSeen(['127.0.0.1'], '::ffff:127.0.0.1', '203.0.113.9')).toBe('203.0.113.9')
    expect(await addressSeen(['::1'], '::1', '203.0.113.9')).toBe('203.0.113.9')
    expect(await addressSeen(['::1'], '127.0.0.1', '203.0.113.9')).toBe('127.0.0.1')
  })
})
