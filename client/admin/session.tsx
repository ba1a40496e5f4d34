import { type ComponentChildren, createContext } from 'preact'
import { useContext, useEffect, useState } from 'preact/hooks'
import { endpoints } from '../../shared/api/endpoints'
import { RESULT_READER_ROLES } from '../../shared/auth/roles'
import type { CurrentUser, Role } from '../../shared/auth/schemas'
import { ApiClientError, call } from '../api/client'

export type SessionState = { status: 'loading' } | { status: 'anonymous' } | { status: 'error'; error: unknown } | { status: 'user'; user: CurrentUser }

interface Session {
  state: SessionState
  /** Asks the server again who is logged in (after login). */
  refresh: () => Promise<void>
  logout: () => Promise<void>
}

const SessionContext = createContext<Session | null>(null)

export function SessionProvider({ children }: { children: ComponentChildren }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' })
  const refresh = async () => {
    try {
      setState({ status: 'user', user: await call(endpoints.auth.me) })
    } catch (error) {
      setState(error instanceof ApiClientError && error.status === 401 ? { status: 'anonymous' } : { status: 'error', error })
    }
  }
  const logout = async () => {
    await call(endpoints.auth.logout).catch(() => undefined)
    setState({ status: 'anonymous' })
  }
  useEffect(() => void refresh(), [])
  return <SessionContext.Provider value={{ state, refresh, logout }}>{children}</SessionContext.Provider>
}

export function useSession(): Session {
  const session = useContext(SessionContext)
  if (!session) throw new Error('useSession outside SessionProvider')
  return session
}

/** The logged-in account; only inside the guarded admin pages. */
export function useUser(): CurrentUser {
  const { state } = useSession()
  if (state.status !== 'user') throw new Error('useUser outside the guarded pages')
  return state.user
}

/** What each role may do in the admin (the server enforces the same rules; the UI only hides what would be refused). */
export const PERMISSIONS = {
  manageSetup: ['admin'], // agencies, questionnaires, campaigns, users, audit
  manageLinks: ['admin', 'unit_manager'],
  exportRawResponses: ['admin'],
  handleCases: ['admin', 'unit_manager'], // the units' inbox of citizens' feedback
  readResults: RESULT_READER_ROLES, // agencies, results, plans: every role but surveyor
  enterPaperForms: ['admin', 'surveyor'], // /field/entry: the campaign's survey team and admins
} as const satisfies Record<string, readonly Role[]>

export type Permission = keyof typeof PERMISSIONS

export function can(user: CurrentUser, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(user.role)
}
