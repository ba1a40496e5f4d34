import type { ComponentChildren } from 'preact'
import { useT } from '../../i18n/translate'
import { adminMessages } from '../messages'
import type { Resource } from '../results/use-resource'
import { Alert } from './Alert'
import { describeError } from './errors'

/** Shows a loading line or the error of a resource, or its data through `children`. */
export function Loaded<T>({ resource, children }: { resource: Resource<T>; children: (data: T) => ComponentChildren }) {
  const t = useT(adminMessages)
  if (resource.status === 'loading') return <p class="muted">{t('common.loading')}</p>
  if (resource.status === 'error') return <Alert>{describeError(t, resource.error)}</Alert>
  return <>{children(resource.data)}</>
}
