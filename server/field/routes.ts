import type { AppContext } from '../http/context'
import { createRouter } from '../http/router'
import { getFieldBundle } from './get-field-bundle'
import { openDeviceSession } from './open-device-session'
import { postFieldResponses } from './post-field-responses'

/** Interview mode's API (`/field`): authenticated by a device session, not the admin cookie. */
export function fieldRoutes(ctx: AppContext) {
  return createRouter().route('/', openDeviceSession(ctx)).route('/', getFieldBundle(ctx)).route('/', postFieldResponses(ctx))
}
