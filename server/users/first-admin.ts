import { randomBytes } from 'node:crypto'
import { passwordSchema } from '../../shared/users/schemas'
import { recordAudit } from '../audit/record-audit'
import { hashPassword } from '../auth/passwords'
import { ConfigError } from '../config'
import type { AppContext } from '../http/context'

export const DEFAULT_ADMIN_EMAIL = 'admin@hailong.local'

/** Writes a framed block straight to the terminal, apart from the JSON log lines. */
export function printBanner(lines: string[], write: (text: string) => void = (text) => process.stdout.write(text)): void {
  const width = Math.max(...lines.map((line) => line.length))
  const rule = '='.repeat(width + 4)
  write(`${['', rule, ...lines.map((line) => `  ${line}`), rule, ''].join('\n')}\n`)
}

/**
 * On a database with no accounts, creates the first admin from ADMIN_EMAIL/ADMIN_PASSWORD,
 * or with a generated password printed once. Returns the login when an account was created.
 */
export async function ensureFirstAdmin(ctx: AppContext): Promise<{ email: string; generatedPassword?: string } | undefined> {
  const anyUser = await ctx.db.selectFrom('users').select('id').limit(1).executeTakeFirst()
  if (anyUser) return undefined
  const email = (ctx.config.adminEmail ?? DEFAULT_ADMIN_EMAIL).trim().toLowerCase()
  if (ctx.config.adminPassword !== undefined && !passwordSchema.safeParse(ctx.config.adminPassword).success) {
    throw new ConfigError('ADMIN_PASSWORD must be at least 10 characters')
  }
  const generatedPassword = ctx.config.adminPassword === undefined ? randomBytes(12).toString('base64url') : undefined
  const password = ctx.config.adminPassword ?? generatedPassword!
  const created = await ctx.db
    .insertInto('users')
    .values({ email, name: 'Quản trị viên', password_hash: await hashPassword(password), role: 'admin', agency_id: null })
    // several nodes starting at once on a new database: the first one creates the account
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst()
  if (!created) return undefined
  const { id } = created
  await recordAudit(ctx.db, { userId: null, action: 'create', entity: 'user', entityId: id, details: { email, role: 'admin', firstAdmin: true } })
  ctx.log.info('first admin account created', { email })
  if (generatedPassword) {
    printBanner([
      'Đã tạo tài khoản quản trị đầu tiên — mật khẩu này chỉ hiện một lần:',
      `  email:    ${email}`,
      `  mật khẩu: ${generatedPassword}`,
      'Đăng nhập rồi đổi mật khẩu ở mục “Người dùng”, hoặc đặt ADMIN_EMAIL và ADMIN_PASSWORD trước lần chạy đầu.',
      '',
      'First admin account created (password above, shown only once).',
      'Log in and change it under “Người dùng” (Users), or set ADMIN_EMAIL and ADMIN_PASSWORD before the first start.',
    ])
  }
  return { email, generatedPassword }
}
