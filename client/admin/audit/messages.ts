import { defineCatalog } from '../../i18n/translate'

export const auditMessages = defineCatalog(
  {
    title: 'Nhật ký thao tác',
    intro: 'Mọi thay đổi của cán bộ quản trị: ai, lúc nào, làm gì (không ghi mật khẩu). Mới nhất ở trên.',
    at: 'Thời điểm',
    user: 'Người thực hiện',
    action: 'Thao tác',
    entity: 'Đối tượng',
    details: 'Chi tiết',
    system: 'hệ thống',
    more: 'Xem thêm',
    empty: 'Chưa có mục nào.',
  },
  {
    title: 'Audit log',
    intro: 'Every change made by staff: who, when, what (never passwords). Newest first.',
    at: 'When',
    user: 'Who',
    action: 'Action',
    entity: 'Object',
    details: 'Details',
    system: 'system',
    more: 'Show more',
    empty: 'No entries yet.',
  },
)
