import type { AppContext } from './http/context'
import { ensureBuiltinQuestionnaires } from './questionnaires/builtins'

/** Start-up data, after migrations: the built-in questionnaires. */
export async function bootstrap(ctx: AppContext, _options: { demo: boolean }): Promise<void> {
  await ensureBuiltinQuestionnaires(ctx.db)
}
