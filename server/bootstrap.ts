import type { AppContext } from './http/context'
import { ensureBuiltinQuestionnaires } from './questionnaires/builtins'
import { ensureFirstAdmin, printBanner } from './users/first-admin'
import { seedDemo } from './demo/seed-demo'

/** Start-up data, after migrations: the built-in questionnaires, the first admin, demo data on request. */
export async function bootstrap(ctx: AppContext, options: { demo: boolean }): Promise<void> {
  await ensureBuiltinQuestionnaires(ctx.db)
  const firstAdmin = await ensureFirstAdmin(ctx)
  if (!options.demo) return
  if (!(await seedDemo(ctx))) {
    ctx.log.info('demo data not seeded: the database already has agencies')
    return
  }
  ctx.log.info('demo data seeded')
  const login = firstAdmin
    ? [`  email:    ${firstAdmin.email}`, `  password: ${firstAdmin.generatedPassword ?? '(the ADMIN_PASSWORD you set)'}`]
    : ['  with an existing admin account']
  printBanner([`Demo province seeded. Open ${ctx.config.publicUrl}/ and log in:`, ...login])
}
