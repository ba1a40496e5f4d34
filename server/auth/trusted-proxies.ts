import { BlockList, isIP } from 'node:net'

/** Is this socket address one of the configured reverse proxies? */
export type TrustedProxies = (address: string) => boolean

const family = (address: string) => (isIP(address) === 6 ? 'ipv6' : 'ipv4')

/** Why a `TRUSTED_PROXIES` entry (an address or a CIDR such as `10.0.0.0/8`) is not valid, or undefined. */
export function proxyEntryError(entry: string): string | undefined {
  const [address = '', prefix, ...rest] = entry.split('/')
  if (rest.length > 0 || isIP(address) === 0) return `"${entry}" is not an IP address or CIDR`
  if (prefix === undefined) return undefined
  const bits = Number(prefix)
  const max = isIP(address) === 6 ? 128 : 32
  if (!/^\d+$/.test(prefix) || bits > max) return `"${entry}" has a prefix length outside 0–${max}`
  return undefined
}

/** The matcher for validated entries; none trusts no one (IPv4-mapped IPv6 addresses match their IPv4 entry). */
export function trustedProxies(entries: string[]): TrustedProxies {
  const list = new BlockList()
  for (const entry of entries) {
    const [address = '', prefix] = entry.split('/')
    if (prefix === undefined) list.addAddress(address, family(address))
    else list.addSubnet(address, Number(prefix), family(address))
  }
  return (address) => isIP(address) !== 0 && list.check(address, family(address))
}
