import type { AppContext } from '../http/context'
import { createRouter } from '../http/router'
import { getRecording } from '../languages/get-recording'
import { getPublicSurvey } from './get-public-survey'
import { postResponse } from './post-response'

/** The public survey API, without login: what kiosks and phones call, and the recordings that read its texts aloud. */
export function publicSurveyRoutes(ctx: AppContext) {
  return createRouter().route('/', getPublicSurvey(ctx)).route('/', postResponse(ctx)).route('/', getRecording(ctx))
}
