import { defineCatalog } from '../../i18n/translate'

export const loginMessages = defineCatalog(
  {
    title: 'Đăng nhập quản trị',
    intro: 'Dành cho cán bộ Sở Nội vụ và các cơ quan, đơn vị.',
    email: 'Email',
    password: 'Mật khẩu',
    submit: 'Đăng nhập',
    busy: 'Đang đăng nhập…',
    wrong: 'Email hoặc mật khẩu không đúng.',
    rateLimited: 'Đăng nhập sai quá nhiều lần nên tạm bị khóa. Vui lòng thử lại sau ít phút (tối đa 15 phút).',
  },
  {
    title: 'Administration login',
    intro: 'For staff of the Department of Home Affairs and the agencies.',
    email: 'Email',
    password: 'Password',
    submit: 'Log in',
    busy: 'Logging in…',
    wrong: 'Wrong email or password.',
    rateLimited: 'Too many failed attempts, so logging in is locked for a while. Please try again in a few minutes (at most 15).',
  },
)
