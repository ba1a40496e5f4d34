import '@fontsource/noto-sans-tai-viet/tai-viet-400.css'
import { render } from 'preact'
import { App } from './App'
import './admin.css'

render(<App />, document.getElementById('app')!)
