import { isLoopbackUrl } from '../shared/links/public-url'
import { seedDemo } from './demo/seed-demo'
import type { AppContext } from './http/context'
import { ensureBuiltinQuestionnaires } from './questionnaires/builtins'
import { ensureFirstAdmin, printBanner } from './users/first-admin'

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
    ? [`  email:    ${firstAdmin.email}`, `  mật khẩu / password: ${firstAdmin.generatedPassword ?? '(ADMIN_PASSWORD đã đặt / the ADMIN_PASSWORD you set)'}`]
    : ['  bằng tài khoản quản trị có sẵn / with an existing admin account']
  printBanner([
    `Đã tạo dữ liệu tỉnh mẫu. Mở ${ctx.config.publicUrl}/ và đăng nhập:`,
    ...login,
    `Demo province seeded. Open ${ctx.config.publicUrl}/ and log in as above.`,
  ])
}

/** Posters and QR codes carry the public URL: say loudly when it reaches this machine only. */
export function warnIfLoopbackPublicUrl(ctx: AppContext, write?: (text: string) => void): void {
  if (!isLoopbackUrl(ctx.config.publicUrl)) return
  ctx.log.warn('PUBLIC_URL is a loopback address: survey links, posters and QR codes will not open on citizens’ phones or kiosks', {
    publicUrl: ctx.config.publicUrl,
  })
  printBanner(
    [
      `CẢNH BÁO: địa chỉ công khai là ${ctx.config.publicUrl} — chỉ mở được trên chính máy chủ này.`,
      'Mã QR, áp phích và đường dẫn khảo sát sẽ không mở được trên điện thoại hay máy tính bảng.',
      'Đặt PUBLIC_URL (ví dụ https://hailong.sonla.gov.vn) rồi khởi động lại trước khi in áp phích.',
      '',
      `WARNING: the public URL is ${ctx.config.publicUrl}, which opens on this server only.`,
      'QR codes, posters and survey links will not open on phones or tablets.',
      'Set PUBLIC_URL (e.g. https://hailong.example.gov.vn) and restart before printing posters.',
    ],
    write,
  )
}
