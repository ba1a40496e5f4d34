import type { Language } from '../../shared/i18n'

export const resultsPosterMessages: Record<
  Language,
  Record<
    | 'lastMonth'
    | 'thisYear'
    | 'inYear'
    | 'headline'
    | 'detail'
    | 'indicative'
    | 'indicativeMark'
    | 'hidden'
    | 'weakest'
    | 'note'
    | 'noNote'
    | 'nextTime'
    | 'noLink'
    | 'fullResults',
    string
  >
> = {
  vi: {
    lastMonth: 'Tháng trước',
    thisYear: 'Năm nay',
    inYear: 'Năm {year}',
    headline: '{when}, {value} người dân hài lòng với sự phục vụ của chúng tôi',
    detail: '{n} người trả lời · chỉ số hài lòng chung {index} (khoảng tin cậy 95%: {interval})',
    indicative: 'Dưới {min} câu trả lời hợp lệ: số liệu chỉ để tham khảo.',
    indicativeMark: 'tham khảo',
    hidden: 'Dưới {min} người trả lời: số liệu không được công bố, để bảo vệ người trả lời.',
    weakest: 'Ba điều chúng tôi cần làm tốt hơn',
    note: 'Chúng tôi đang làm',
    noNote: 'Đơn vị đang xây dựng biện pháp khắc phục.',
    nextTime: 'Lần tới, hãy cho chúng tôi biết: quét mã để đánh giá',
    noLink: 'Đơn vị chưa có mã QR của đợt khảo sát đang mở: tạo mã trong trang “Mã khảo sát” của đợt đang mở, rồi in lại.',
    fullResults: 'Kết quả đầy đủ, công khai: {url}',
  },
  en: {
    lastMonth: 'Last month',
    thisYear: 'This year',
    inYear: 'In {year}',
    headline: '{when}, {value} of citizens were satisfied with our service',
    detail: '{n} respondents · overall index {index} (95% interval: {interval})',
    indicative: 'Fewer than {min} valid answers: the figures are indicative only.',
    indicativeMark: 'indicative',
    hidden: 'Fewer than {min} respondents: no figures are published, to protect those who answered.',
    weakest: 'Three things we must do better',
    note: 'What we are doing',
    noNote: 'The unit is preparing its improvements.',
    nextTime: 'Next time, tell us: scan the code to rate our service',
    noLink: 'The unit has no QR link in an open survey: make one on the open survey’s links page, then print again.',
    fullResults: 'Full public results: {url}',
  },
}
