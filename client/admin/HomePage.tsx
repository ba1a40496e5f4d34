import { useEffect, useState } from 'preact/hooks'
import { useT } from '../i18n/translate'
import { adminMessages } from './messages'

type Health = { status: 'ok'; database: string } | { status: 'down' } | null

export function HomePage() {
  const t = useT(adminMessages)
  const [health, setHealth] = useState<Health>(null)
  useEffect(() => {
    fetch('/healthz')
      .then((r) => (r.ok ? r.json() : { status: 'down' }))
      .then(setHealth, () => setHealth({ status: 'down' }))
  }, [])
  return (
    <section>
      <h1>{t('home.welcome')}</h1>
      <p class="muted">
        {t('home.health')}:{' '}
        {health && (health.status === 'ok' ? t('home.health.ok', { database: health.database }) : t('home.health.down'))}
      </p>
    </section>
  )
}
