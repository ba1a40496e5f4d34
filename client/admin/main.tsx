import { render } from 'preact'
import { App } from './App'
import './admin.css'

render(<App />, document.getElementById('app')!)
