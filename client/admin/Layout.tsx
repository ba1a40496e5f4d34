import type { ComponentChildren } from 'preact'
import { useLocation } from 'preact-iso'
import { useT } from '../i18n/translate'
import { OverdueBadge } from './cases/CaseSummary'
import { adminMessages } from './messages'
import { can, type Permission, useSession, useUser } from './session'
import { Brand, LanguageSwitch } from './ui/Brand'

type NavKey =
  | 'nav.home'
  | 'nav.agencies'
  | 'nav.questionnaires'
  | 'nav.plans'
  | 'nav.campaigns'
  | 'nav.results'
  | 'nav.entry'
  | 'nav.cases'
  | 'nav.users'
  | 'nav.devices'
  | 'nav.audit'
  | 'nav.national'

// Surveyors read no results, agencies or campaigns: their menu is the paper-form entry alone.
const NAV: { href: string; key: NavKey; permission: Permission }[] = [
  { href: '/admin', key: 'nav.home', permission: 'readResults' },
  { href: '/admin/agencies', key: 'nav.agencies', permission: 'readResults' },
  { href: '/admin/questionnaires', key: 'nav.questionnaires', permission: 'readResults' },
  { href: '/admin/plans', key: 'nav.plans', permission: 'readResults' },
  { href: '/admin/campaigns', key: 'nav.campaigns', permission: 'readResults' },
  { href: '/admin/results', key: 'nav.results', permission: 'readResults' },
  { href: '/admin/cases', key: 'nav.cases', permission: 'handleCases' },
  { href: '/field/entry', key: 'nav.entry', permission: 'enterPaperForms' },
  { href: '/admin/users', key: 'nav.users', permission: 'manageSetup' },
  { href: '/admin/devices', key: 'nav.devices', permission: 'manageSetup' },
  { href: '/admin/audit', key: 'nav.audit', permission: 'manageSetup' },
  { href: '/admin/national', key: 'nav.national', permission: 'manageSetup' },
]

function isCurrent(href: string, path: string): boolean {
  return href === '/admin' ? path === '/admin' || path === '/' : path === href || path.startsWith(`${href}/`)
}

export function Layout({ children }: { children: ComponentChildren }) {
  const t = useT(adminMessages)
  const user = useUser()
  const { logout } = useSession()
  const { path, route } = useLocation()
  return (
    <div class="layout">
      <header class="topbar">
        <Brand />
        <div class="topbar-actions">
          <span class="who">
            <strong>{user.name}</strong>
            <small>{t(`role.${user.role}`)}</small>
          </span>
          <LanguageSwitch />
          <button type="button" class="button ghost" onClick={() => logout().then(() => route('/admin/login'))}>
            {t('session.logout')}
          </button>
        </div>
      </header>
      <nav class="sidenav" aria-label={t('nav.menu')}>
        {NAV.filter((item) => can(user, item.permission)).map((item) => (
          <a key={item.href} href={item.href} aria-current={isCurrent(item.href, path) ? 'page' : undefined}>
            {t(item.key)}
            {item.key === 'nav.cases' && <OverdueBadge />}
          </a>
        ))}
      </nav>
      <main class="content">{children}</main>
    </div>
  )
}
