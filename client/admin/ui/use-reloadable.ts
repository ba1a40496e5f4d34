import { useRef, useState } from 'preact/hooks'
import { type Resource, useResource } from '../results/use-resource'

/**
 * `useResource` with a `reload()` for after a change was saved. While reloading, the data
 * already shown stays (forms and reports beside it are not unmounted).
 */
export function useReloadable<T>(load: (signal: AbortSignal) => Promise<T>, deps: readonly unknown[] = []): [Resource<T>, () => void] {
  const [version, setVersion] = useState(0)
  const resource = useResource(load, [...deps, version])
  const last = useRef<{ deps: readonly unknown[]; resource: Resource<T> } | null>(null)
  const sameDeps = last.current !== null && last.current.deps.length === deps.length && last.current.deps.every((d, i) => Object.is(d, deps[i]))
  if (resource.status === 'loading' && sameDeps && last.current!.resource.status === 'ready') return [last.current!.resource, () => setVersion((v) => v + 1)]
  last.current = { deps, resource }
  return [resource, () => setVersion((v) => v + 1)]
}
