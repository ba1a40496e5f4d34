import { requireUser } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { createRouter } from '../http/router'
import { createQuestionnaire } from './create-questionnaire'
import { getQuestionnaire } from './get-questionnaire'
import { listQuestionnaires } from './list-questionnaires'
import { publishQuestionnaire } from './publish-questionnaire'
import { updateQuestionnaire } from './update-questionnaire'

export function questionnairesRoutes(ctx: AppContext) {
  const router = createRouter()
  router.use('*', requireUser(ctx))
  return router
    .route('/', listQuestionnaires(ctx))
    .route('/', getQuestionnaire(ctx))
    .route('/', createQuestionnaire(ctx))
    .route('/', updateQuestionnaire(ctx))
    .route('/', publishQuestionnaire(ctx))
}
