import type { AppContext } from '../../http/context'
import { createRouter } from '../../http/router'
import { login } from './login'
import { logout } from './logout'
import { me } from './me'

export function authRoutes(ctx: AppContext) {
  return createRouter().route('/', login(ctx)).route('/', logout(ctx)).route('/', me(ctx))
}
