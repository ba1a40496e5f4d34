import type { Language } from '../../shared/i18n'

export const paperMessages: Record<
  Language,
  Record<'title' | 'instruction' | 'anonymous' | 'serial' | 'criterion' | 'noAnswerNote' | 'thanks' | 'pageTitle', string>
> = {
  vi: {
    pageTitle: 'Phiếu khảo sát giấy',
    title: 'PHIẾU KHẢO SÁT SỰ HÀI LÒNG',
    instruction: 'Xin ông/bà đánh dấu ✗ vào một ô cho mỗi câu. Câu nào không muốn trả lời thì để trống.',
    anonymous: 'Phiếu không ghi tên, không hỏi số điện thoại hay số giấy tờ.',
    serial: 'Số phiếu',
    criterion: 'Nội dung',
    noAnswerNote: 'Chỉ trả lời phần này nếu ông/bà đã góp ý, phản ánh, kiến nghị.',
    thanks: 'Xin cảm ơn ông/bà!',
  },
  en: {
    pageTitle: 'Paper questionnaires',
    title: 'SATISFACTION QUESTIONNAIRE',
    instruction: 'Please mark ✗ in one box for each question. Leave a question blank if you prefer not to answer.',
    anonymous: 'This form carries no name, phone number or ID number.',
    serial: 'Form number',
    criterion: 'Question',
    noAnswerNote: 'Answer this part only if you gave feedback or made a complaint.',
    thanks: 'Thank you!',
  },
}
