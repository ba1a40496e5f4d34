import type { Server } from 'node:http'
import type { AppContext } from './http/context'

/** How long requests in flight may take to finish before their connections are cut. */
const DRAIN_MS = 10_000
/** The last resort: a stop that has not completed by then exits non-zero. */
const FORCE_EXIT_MS = 25_000
const IDLE_SWEEP_MS = 100

/**
 * On SIGTERM or SIGINT: stop accepting connections, let the requests in flight finish
 * (their answers say `Connection: close`, and connections kept alive between two requests
 * are closed), write what the response writer holds, stop the rollups, close the database
 * (PGlite flushes its files) and exit 0. Requests still running after DRAIN_MS lose their
 * connection, unanswered (their clients send again; nothing they sent was acknowledged).
 */
export function stopGracefullyOnSignals(server: Server, ctx: AppContext): void {
  const { log } = ctx
  let stopping = false
  // Ahead of the app's listener, which may write a response before returning.
  server.prependListener('request', (_req, res) => {
    if (stopping) res.setHeader('Connection', 'close')
  })

  const stop = async (signal: string) => {
    if (stopping) return
    stopping = true
    log.info('shutting down', { signal })
    setTimeout(() => {
      log.error('forcing exit: the graceful stop did not complete', { afterMs: FORCE_EXIT_MS })
      process.exit(1)
    }, FORCE_EXIT_MS).unref()

    await drainConnections(server, ctx)
    await ctx.responseWriter.close()
    await ctx.rollupApplier.stop()
    await ctx.backups.stop()
    await ctx.database.close()
    log.info('stopped')
    process.exit(0)
  }
  process.on('SIGTERM', () => void stop('SIGTERM'))
  process.on('SIGINT', () => void stop('SIGINT'))
}

function drainConnections(server: Server, { log }: AppContext): Promise<void> {
  return new Promise((resolve) => {
    // A connection kept alive goes idle after each answer; close it then, not after keepAliveTimeout.
    const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS)
    const cut = setTimeout(() => {
      log.warn('closing connections whose requests did not finish', { afterMs: DRAIN_MS })
      server.closeAllConnections()
    }, DRAIN_MS)
    server.close(() => {
      clearInterval(sweep)
      clearTimeout(cut)
      resolve()
    })
  })
}
