import { useEffect, useState } from 'preact/hooks'
import type { ApiClientError } from '../../api/client'

export type Resource<T> = { status: 'loading' } | { status: 'error'; error: ApiClientError | Error } | { status: 'ready'; data: T }

/** Loads `load()` again whenever a dependency changes; a stale answer never overwrites a newer one. */
export function useResource<T>(load: (signal: AbortSignal) => Promise<T>, deps: readonly unknown[]): Resource<T> {
  const [resource, setResource] = useState<Resource<T>>({ status: 'loading' })
  useEffect(() => {
    const controller = new AbortController()
    setResource({ status: 'loading' })
    load(controller.signal).then(
      (data) => !controller.signal.aborted && setResource({ status: 'ready', data }),
      (error: Error) => !controller.signal.aborted && setResource({ status: 'error', error }),
    )
    return () => controller.abort()
  }, deps)
  return resource
}
