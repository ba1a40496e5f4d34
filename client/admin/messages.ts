import { defineCatalog } from '../i18n/translate'

export const adminMessages = defineCatalog(
  {
    'app.title': 'Hài Lòng',
    'app.subtitle': 'Đo lường sự hài lòng của người dân, tổ chức',
    'app.admin': 'Quản trị',
    'lang.switch': 'English',
    'home.welcome': 'Chào mừng đến với hệ thống khảo sát sự hài lòng',
    'home.health': 'Trạng thái máy chủ',
    'home.health.ok': 'Hoạt động bình thường (cơ sở dữ liệu: {database})',
    'home.health.down': 'Không kết nối được máy chủ',
    'notFound.title': 'Không tìm thấy trang',
    'notFound.back': 'Về trang quản trị',
  },
  {
    'app.title': 'Hài Lòng',
    'app.subtitle': 'Measuring citizen and business satisfaction',
    'app.admin': 'Administration',
    'lang.switch': 'Tiếng Việt',
    'home.welcome': 'Welcome to the satisfaction survey system',
    'home.health': 'Server status',
    'home.health.ok': 'Running normally (database: {database})',
    'home.health.down': 'Cannot reach the server',
    'notFound.title': 'Page not found',
    'notFound.back': 'Back to administration',
  },
)
