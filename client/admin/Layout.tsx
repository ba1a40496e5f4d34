import type { ComponentChildren } from 'preact'
import { useLocation } from 'preact-iso'
import { useT } from '../i18n/translate'
import { OverdueBadge } from './cases/CaseSummary'
import { adminMessages } from './messages'
import { can, useSession, useUser } from './session'
import { Brand, LanguageSwitch } from './ui/Brand'

type NavKey =
  | 'nav.home'
  | 'nav.agencies'
  | 'nav.questionnaires'
  | 'nav.plans'
  | 'nav.campaigns'
  | 'nav.results'
  | 'nav.cases'
  | 'nav.users'
  | 'nav.audit'
  | 'nav.national'

const NAV: { href: string; key: NavKey; adminOnly?: boolean; readers?: boolean; caseHandlers?: boolean }[] = [
  { href: '/admin', key: 'nav.home' },
  { href: '/admin/agencies', key: 'nav.agencies', readers: true },
  { href: '/admin/questionnaires', key: 'nav.questionnaires' },
  { href: '/admin/plans', key: 'nav.plans', readers: true },
  { href: '/admin/campaigns', key: 'nav.campaigns' },
  { href: '/admin/results', key: 'nav.results', readers: true },
  { href: '/admin/cases', key: 'nav.cases', caseHandlers: true },
  { href: '/admin/users', key: 'nav.users', adminOnly: true },
  { href: '/admin/audit', key: 'nav.audit', adminOnly: true },
  { href: '/admin/national', key: 'nav.national', adminOnly: true },
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
        {NAV.filter(
          (item) =>
            (!item.adminOnly || can(user, 'manageSetup')) && (!item.readers || can(user, 'readResults')) && (!item.caseHandlers || can(user, 'handleCases')),
        ).map((item) => (
          <a key={item.href} href={item.href} aria-current={isCurrent(item.href, path) ? 'page' : undefined}>
            {t(item.key)}
            {item.caseHandlers && <OverdueBadge />}
          </a>
        ))}
      </nav>
      <main class="content">{children}</main>
    </div>
  )
}
