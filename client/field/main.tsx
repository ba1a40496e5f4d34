import { render } from 'preact'
import '../survey/survey.css'
import { FieldApp } from './FieldApp'
import { fieldLanguage } from './language'
import './field.css'

document.documentElement.lang = fieldLanguage()
// the service worker keeps this page and its assets, so the app opens without network for days
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined)
  void navigator.serviceWorker.ready.then((registration) => registration.active?.postMessage({ type: 'keep-field' }))
}
render(<FieldApp />, document.getElementById('app')!)
