import '@fontsource/noto-sans-tai-viet/tai-viet-400.css'
import { render } from 'preact'
import { chooseLanguage } from './language'
import { registerServiceWorker, surveyPage } from './page'
import { SurveyApp } from './SurveyApp'
import { applyTextScale, storedTextScale } from './text-size'
import './survey.css'

const page = surveyPage(location)
if (page) {
  // every citizen at a kiosk starts in the link's first language, whatever the last one chose before a reload
  if (page.mode === 'kiosk') chooseLanguage(null)
  applyTextScale(storedTextScale())
  registerServiceWorker()
  const app = document.getElementById('app')!
  app.textContent = '' // the message for browsers too old to get here
  render(<SurveyApp mode={page.mode} code={page.code} receiptCode={page.receiptCode} preview={page.preview} />, app)
} else {
  location.replace('/')
}
