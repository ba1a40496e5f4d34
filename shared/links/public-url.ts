/**
 * Whether a URL points at this machine only (localhost, 127.0.0.0/8, ::1, 0.0.0.0): survey
 * links, posters and QR codes built on it open nowhere but on the server itself.
 */
export function isLoopbackUrl(url: string): boolean {
  let host: string
  try {
    host = new URL(url).hostname.toLowerCase()
  } catch {
    return false
  }
  return host === 'localhost' || host.endsWith('.localhost') || /^127(\.\d{1,3}){3}$/.test(host) || host === '[::1]' || host === '0.0.0.0'
}
