import type { ComponentType } from 'preact'
import { useT } from '../../i18n/translate'
import { adminMessages } from '../messages'
import { can, useUser } from '../session'
import { Alert } from './Alert'

/** A page only admins may use: other roles get the explanation, not a failing API call. */
export function adminOnly<P extends object>(Page: ComponentType<P>): ComponentType<P> {
  return function AdminOnlyPage(props: P) {
    const t = useT(adminMessages)
    if (!can(useUser(), 'manageSetup')) return <Alert>{t('error.forbidden')}</Alert>
    return <Page {...props} />
  }
}
