import { onestop2018 } from './onestop2018'
import { sipas2017 } from './sipas2017'
import { sipas2022 } from './sipas2022'

export type { QuestionnaireTemplate } from './common'
export { onestop2018, sipas2017, sipas2022 }

export const builtinTemplates = [sipas2017, sipas2022, onestop2018]
