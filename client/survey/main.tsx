import { render } from 'preact'
import { getLanguage, setLanguage } from '../i18n/language'
import { registerServiceWorker, surveyPage } from './page'
import { SurveyApp } from './SurveyApp'
import './survey.css'

const page = surveyPage(location)
if (page) {
  // every citizen at a kiosk starts in Vietnamese, whatever the last one chose before a reload
  if (page.mode === 'kiosk') setLanguage('vi')
  else document.documentElement.lang = getLanguage()
  registerServiceWorker(page.code)
  const app = document.getElementById('app')!
  app.textContent = '' // the message for browsers too old to get here
  render(<SurveyApp mode={page.mode} code={page.code} receiptCode={page.receiptCode} preview={page.preview} />, app)
} else {
  location.replace('/')
}
