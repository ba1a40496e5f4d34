import { hashPassword } from '../../server/auth/passwords'
import type { Role } from '../../shared/auth/schemas'
import type { TestApp } from './app'

let counter = 0

export interface LoggedInUser {
  id: number
  email: string
  password: string
  /** Send as request headers to act as this user. */
  headers: { Cookie: string }
}

/** Creates an account directly in the database and logs it in through the API. */
export async function createUserAndLogin(t: TestApp, role: Role, agencyId: number | null = null): Promise<LoggedInUser> {
  counter += 1
  const email = `${role}.${counter}.${Date.now()}@test.hailong.vn`
  const password = `mật-khẩu-thử-${counter}`
  const { id } = await t.ctx.db
    .insertInto('users')
    .values({ email, name: `Người dùng ${counter}`, password_hash: await hashPassword(password), role, agency_id: agencyId })
    .returning('id')
    .executeTakeFirstOrThrow()
  const res = await t.app.request('/api/v1/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`)
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!
  return { id, email, password, headers: { Cookie: cookie } }
}
