import { render } from 'preact'
import { SurveyApp } from './SurveyApp'
import { surveyPage, registerServiceWorker } from './page'
import './survey.css'

const page = surveyPage(location)
if (page) {
  registerServiceWorker(page.code)
  render(<SurveyApp mode={page.mode} code={page.code} receiptCode={page.receiptCode} />, document.getElementById('app')!)
} else {
  location.replace('/')
}
