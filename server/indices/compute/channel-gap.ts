import type { ChannelGap, Estimate } from '../../../shared/indices/schemas'
import type { ResponseChannel } from '../../../shared/responses/channels'
import { Z95 } from './intervals'

/** The standard error behind a 95% interval (its half-width over z; Wilson and clipped intervals make this an approximation). */
const standardError = (e: Estimate) => (e.ciHigh! - e.ciLow!) / (2 * Z95)

/**
 * The kiosk index minus another channel's index with a 95% interval of the difference,
 * the two samples taken as independent: gap ± z·√(se_kiosk² + se_other²). Null unless
 * both indices are reliable (n ≥ 30, not indicative) and have an interval.
 */
export function channelGap(channel: ResponseChannel, kiosk: Estimate, other: Estimate): ChannelGap | null {
  const usable = (e: Estimate) => e.value !== null && !e.indicative && e.ciLow !== null && e.ciHigh !== null
  if (!usable(kiosk) || !usable(other)) return null
  const gap = kiosk.value! - other.value!
  const half = Z95 * Math.hypot(standardError(kiosk), standardError(other))
  return { channel, kiosk, other, gap, ciLow: gap - half, ciHigh: gap + half }
}
