import { requireUser } from '../auth/middleware'
import type { AppContext } from '../http/context'
import { createRouter } from '../http/router'
import { createUser } from './create-user'
import { listUsers } from './list-users'
import { updateUser } from './update-user'

export function usersRoutes(ctx: AppContext) {
  const router = createRouter()
  router.use('*', requireUser(ctx))
  return router.route('/', listUsers(ctx)).route('/', createUser(ctx)).route('/', updateUser(ctx))
}
