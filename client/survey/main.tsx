import { render } from 'preact'

render(<p>Đang tải khảo sát…</p>, document.getElementById('app')!)
