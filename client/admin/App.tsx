import { LocationProvider, Router, Route } from 'preact-iso'
import { useEffect } from 'preact/hooks'
import { useT } from '../i18n/translate'
import { getLanguage, setLanguage, useLanguage } from '../i18n/language'
import { adminMessages } from './messages'
import { HomePage } from './HomePage'
import { ComparePage, OverviewPage, ReportPage, UnitPage } from './results'

function NotFound() {
  const t = useT(adminMessages)
  return (
    <section>
      <h2>{t('notFound.title')}</h2>
      <a href="/admin">{t('notFound.back')}</a>
    </section>
  )
}

function Header() {
  const t = useT(adminMessages)
  const lang = useLanguage()
  useEffect(() => {
    document.title = `${t('app.title')} — ${t('app.admin')}`
  }, [lang])
  return (
    <header class="topbar">
      <a class="brand" href="/admin">
        <img src="/favicon.svg" alt="" width={32} height={32} />
        <span>
          <strong>{t('app.title')}</strong>
          <small>{t('app.subtitle')}</small>
        </span>
      </a>
      <button type="button" class="link-button" onClick={() => setLanguage(getLanguage() === 'vi' ? 'en' : 'vi')}>
        {t('lang.switch')}
      </button>
    </header>
  )
}

export function App() {
  return (
    <LocationProvider>
      <Header />
      <main class="content">
        <Router>
          <Route path="/" component={HomePage} />
          <Route path="/admin" component={HomePage} />
          <Route path="/admin/results" component={OverviewPage} />
          <Route path="/admin/results/compare" component={ComparePage} />
          <Route path="/admin/results/:campaignId" component={OverviewPage} />
          <Route path="/admin/results/:campaignId/units/:agencyId" component={UnitPage} />
          <Route path="/admin/results/:campaignId/report" component={ReportPage} />
          <Route default component={NotFound} />
        </Router>
      </main>
    </LocationProvider>
  )
}
