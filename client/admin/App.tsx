import { useEffect } from 'preact/hooks'
import { LocationProvider, Route, Router, useLocation } from 'preact-iso'
import { useLanguage } from '../i18n/language'
import { useT } from '../i18n/translate'
import { AgenciesPage } from './agencies/AgenciesPage'
import { AuditPage } from './audit/AuditPage'
import { CampaignPage } from './campaigns/CampaignPage'
import { CampaignsPage } from './campaigns/CampaignsPage'
import { LinksPage } from './campaigns/LinksPage'
import { NewCampaignPage } from './campaigns/NewCampaignPage'
import { CasePage } from './cases/CasePage'
import { CasesPage } from './cases/CasesPage'
import { DeviceSessionsPage } from './devices/DeviceSessionsPage'
import { EntryPage } from './entry/EntryPage'
import { MismatchesPage, ResolvePage } from './entry/MismatchesPage'
import { HomePage } from './HomePage'
import { IntegrityPage } from './integrity/IntegrityPage'
import { Layout } from './Layout'
import { QuestionnaireLanguagesPage } from './languages/QuestionnaireLanguagesPage'
import { LoginPage } from './login/LoginPage'
import { adminMessages } from './messages'
import { NationalPage } from './national/NationalPage'
import { PlanPage } from './plans/PlanPage'
import { PlansPage } from './plans/PlansPage'
import { QuestionnairePage } from './questionnaires/QuestionnairePage'
import { QuestionnairesPage } from './questionnaires/QuestionnairesPage'
import { ComparePage, OverviewPage, ReportPage, UnitPage } from './results'
import { withRouteIds } from './route-ids'
import { can, SessionProvider, useSession, useUser } from './session'
import { adminOnly } from './ui/admin-only'
import { Brand, LanguageSwitch } from './ui/Brand'
import { UsersPage } from './users/UsersPage'

function NotFound() {
  const t = useT(adminMessages)
  return (
    <section>
      <h2>{t('notFound.title')}</h2>
      <a href="/admin">{t('notFound.back')}</a>
    </section>
  )
}

const AdminUsersPage = adminOnly(UsersPage)
const AdminAuditPage = adminOnly(AuditPage)
const AdminNationalPage = adminOnly(NationalPage)
const AdminDeviceSessionsPage = adminOnly(DeviceSessionsPage)
const QuestionnaireRoute = withRouteIds(QuestionnairePage, NotFound)
const QuestionnaireLanguagesRoute = withRouteIds(QuestionnaireLanguagesPage, NotFound)
const CampaignRoute = withRouteIds(CampaignPage, NotFound)
const LinksRoute = withRouteIds(LinksPage, NotFound)
const OverviewRoute = withRouteIds(OverviewPage, NotFound)
const UnitRoute = withRouteIds(UnitPage, NotFound)
const ReportRoute = withRouteIds(ReportPage, NotFound)
const PlanRoute = withRouteIds(PlanPage, NotFound)
const CaseRoute = withRouteIds(CasePage, NotFound)
const IntegrityRoute = withRouteIds(IntegrityPage, NotFound)

function DocumentTitle() {
  const t = useT(adminMessages)
  const lang = useLanguage()
  useEffect(() => {
    document.title = `${t('app.title')} — ${t('app.admin')}`
  }, [lang])
  return null
}

/** Surveyors read no results: their home is the paper-form entry. */
function Home() {
  const reads = can(useUser(), 'readResults')
  const { route } = useLocation()
  useEffect(() => {
    if (!reads) route('/field/entry', true)
  }, [reads])
  return reads ? <HomePage /> : null
}

/** The admin pages, reachable only with a session; without one the login page is shown, then the page asked for. */
function Guarded() {
  const t = useT(adminMessages)
  const { state } = useSession()
  const { url, route } = useLocation()
  useEffect(() => {
    if (state.status === 'anonymous') route(`/admin/login?next=${encodeURIComponent(url)}`, true)
  }, [state.status])
  if (state.status !== 'user') return <p class="content muted">{t('session.loading')}</p>
  return (
    <Layout>
      <Router>
        <Route path="/" component={Home} />
        <Route path="/admin" component={Home} />
        <Route path="/admin/agencies" component={AgenciesPage} />
        <Route path="/admin/questionnaires" component={QuestionnairesPage} />
        <Route path="/admin/questionnaires/:id" component={QuestionnaireRoute} />
        <Route path="/admin/questionnaires/:id/languages" component={QuestionnaireLanguagesRoute} />
        <Route path="/admin/campaigns" component={CampaignsPage} />
        <Route path="/admin/campaigns/new" component={NewCampaignPage} />
        <Route path="/admin/campaigns/:id" component={CampaignRoute} />
        <Route path="/admin/campaigns/:id/units/:agencyId" component={LinksRoute} />
        <Route path="/admin/campaigns/:id/integrity" component={IntegrityRoute} />
        <Route path="/admin/plans" component={PlansPage} />
        <Route path="/admin/plans/:id" component={PlanRoute} />
        <Route path="/admin/cases" component={CasesPage} />
        <Route path="/admin/cases/:id" component={CaseRoute} />
        <Route path="/admin/users" component={AdminUsersPage} />
        <Route path="/admin/audit" component={AdminAuditPage} />
        <Route path="/admin/national" component={AdminNationalPage} />
        <Route path="/admin/devices" component={AdminDeviceSessionsPage} />
        <Route path="/admin/results" component={OverviewPage} />
        <Route path="/admin/results/compare" component={ComparePage} />
        <Route path="/admin/results/:campaignId" component={OverviewRoute} />
        <Route path="/admin/results/:campaignId/units/:agencyId" component={UnitRoute} />
        <Route path="/admin/results/:campaignId/report" component={ReportRoute} />
        <Route path="/field/entry" component={EntryPage} />
        <Route path="/field/entry/mismatches" component={MismatchesPage} />
        <Route path="/field/entry/mismatches/:serial" component={ResolvePage} />
        <Route default component={NotFound} />
      </Router>
    </Layout>
  )
}

export function App() {
  return (
    <LocationProvider>
      <SessionProvider>
        <DocumentTitle />
        <Screen />
      </SessionProvider>
    </LocationProvider>
  )
}

/** The login page stands alone; every other page is guarded (one Router only: preact-iso routers do not nest under a default route). */
function Screen() {
  const { path } = useLocation()
  return path === '/admin/login' ? <LoginScreen /> : <Guarded />
}

function LoginScreen() {
  return (
    <>
      <header class="topbar">
        <Brand />
        <LanguageSwitch />
      </header>
      <main class="content">
        <LoginPage />
      </main>
    </>
  )
}
