import { getLanguage, setLanguage } from '../../i18n/language'
import { useT } from '../../i18n/translate'
import { adminMessages } from '../messages'

export function Brand() {
  const t = useT(adminMessages)
  return (
    <a class="brand" href="/admin">
      <img src="/favicon.svg" alt="" width={32} height={32} />
      <span>
        <strong>{t('app.title')}</strong>
        <small>{t('app.subtitle')}</small>
      </span>
    </a>
  )
}

export function LanguageSwitch() {
  const t = useT(adminMessages)
  return (
    <button type="button" class="button ghost" onClick={() => setLanguage(getLanguage() === 'vi' ? 'en' : 'vi')}>
      {t('lang.switch')}
    </button>
  )
}
