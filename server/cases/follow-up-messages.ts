import type { CaseStatus } from '../../shared/cases/schemas'
import type { Language } from '../../shared/languages'

type Key =
  | 'title'
  | 'code'
  | 'unit'
  | 'openedOn'
  | 'dueOn'
  | 'reply'
  | 'noReply'
  | 'privacy'
  | 'notFoundTitle'
  | 'notFound'
  | 'lookUp'
  | 'lookUpLabel'
  | 'tooManyTitle'
  | 'tooMany'
  | 'language'

/** The public follow-up page's words (`/f/<code>`); a language missing a text falls back to Vietnamese. */
export const followUpMessages: Record<Language, Record<Key | `status.${CaseStatus}`, string>> = {
  vi: {
    title: 'Theo dõi ý kiến của ông/bà',
    code: 'Mã theo dõi',
    unit: 'Đơn vị',
    openedOn: 'Ngày tiếp nhận',
    dueOn: 'Hạn trả lời',
    reply: 'Trả lời của đơn vị',
    noReply: 'Đơn vị chưa trả lời. Xin ông/bà quay lại trang này sau.',
    privacy: 'Trang này không hiển thị ý kiến hay bất kỳ thông tin nào về ông/bà; chỉ người có mã theo dõi mới mở được.',
    'status.new': 'Đã tiếp nhận: đơn vị sẽ xem xét và trả lời.',
    'status.in_progress': 'Đơn vị đang xử lý ý kiến của ông/bà.',
    'status.answered': 'Đơn vị đã trả lời.',
    'status.closed': 'Ý kiến đã được xử lý xong.',
    notFoundTitle: 'Không tìm thấy mã theo dõi',
    notFound: 'Không có ý kiến nào với mã này. Xin kiểm tra lại 8 ký tự của mã (chữ in hoa và chữ số) rồi nhập lại.',
    lookUp: 'Xem',
    lookUpLabel: 'Mã theo dõi (8 ký tự)',
    tooManyTitle: 'Xin thử lại sau',
    tooMany: 'Đã có quá nhiều lần nhập mã không đúng từ thiết bị này. Xin thử lại sau {minutes} phút.',
    language: 'Ngôn ngữ',
  },
  en: {
    title: 'Follow your feedback',
    code: 'Follow-up code',
    unit: 'Unit',
    openedOn: 'Received on',
    dueOn: 'Reply due by',
    reply: 'The unit’s reply',
    noReply: 'The unit has not replied yet. Please come back to this page later.',
    privacy: 'This page shows neither your comment nor anything about you; only someone with the follow-up code can open it.',
    'status.new': 'Received: the unit will look into it and reply.',
    'status.in_progress': 'The unit is working on your feedback.',
    'status.answered': 'The unit has replied.',
    'status.closed': 'Your feedback has been dealt with.',
    notFoundTitle: 'Follow-up code not found',
    notFound: 'There is no feedback with this code. Please check its 8 characters (capital letters and digits) and type it again.',
    lookUp: 'Show',
    lookUpLabel: 'Follow-up code (8 characters)',
    tooManyTitle: 'Please try again later',
    tooMany: 'Too many wrong codes were typed from this device. Please try again in {minutes} minutes.',
    language: 'Language',
  },
}
