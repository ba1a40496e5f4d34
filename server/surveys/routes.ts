import type { AppContext } from '../http/context'
import { createRouter } from '../http/router'
import { getPublicSurvey } from './get-public-survey'
import { postResponse } from './post-response'

/** The public survey API, without login: what kiosks and phones call. */
export function publicSurveyRoutes(ctx: AppContext) {
  return createRouter().route('/', getPublicSurvey(ctx)).route('/', postResponse(ctx))
}
