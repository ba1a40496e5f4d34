import { surveyMessagesEn, surveyMessagesVi } from '../../shared/surveys/messages'
import { defineCatalog } from '../i18n/translate'

export const messages = defineCatalog(surveyMessagesVi, surveyMessagesEn)
