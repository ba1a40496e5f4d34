import type { Context } from 'hono'
import type { SessionUser } from '../../auth/session-user'
import { sendCached } from '../../http/cached-body'
import { type AppContext, readingContext } from '../../http/context'
import { loadIndicesVersion } from '../queries/load-indices-version'
import { type IndicesScope, indicesScope } from '../scope'

/** Browsers keep the figures but ask again each time, with the ETag (a 304 costs no computation). */
const CACHE_CONTROL = 'private, no-cache'

/**
 * Answers a read of a campaign's figures from the indices cache. The version is read first,
 * from the database the figures are then read from (the replica, or the primary for a
 * browser that wrote recently: `readingContext`), so what is computed is at least as new as
 * the version it is kept under; the reader's scope is checked before the cache is looked
 * at, and the units it allows are part of the entry's slot, so readers of different units
 * never share an entry.
 */
export async function sendFigures(
  c: Context,
  ctx: AppContext,
  kind: string,
  { user, campaignId, query }: { user: SessionUser; campaignId: number; query: { agencyId?: number } },
  compute: (reading: AppContext, scope: IndicesScope) => Promise<unknown>,
): Promise<Response> {
  const reading = readingContext(ctx, c)
  const version = await loadIndicesVersion(reading.db, campaignId)
  const scope = await indicesScope(reading, user, campaignId, query.agencyId)
  const units = scope.units.map((u) => u.agencyId).sort((a, b) => a - b)
  const slot = `${kind}|${campaignId}|${units.join(',')}|${JSON.stringify(query)}`
  const cached = await ctx.indicesCache.get(slot, version, async () => JSON.stringify(await compute(reading, scope)))
  return sendCached(c, cached, 'application/json', CACHE_CONTROL)
}
