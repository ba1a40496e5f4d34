import type { LocalizedText } from '../../i18n'
import { type QuestionnaireTemplate, text } from './common'

const indicator = (key: string, vi: string, en: string, levels?: [LocalizedText, LocalizedText, LocalizedText]) => ({
  key: `onestop.${key}`,
  label: text(vi, en),
  ...(levels && { levels }),
})

/** What 0, 1 and 2 points mean for the indicators a citizen answers with a count or a deadline. */
const onTime: [LocalizedText, LocalizedText, LocalizedText] = [text('Trễ hẹn', 'Late'), text('Đúng hẹn', 'On time'), text('Sớm hơn hẹn', 'Early')]
const visits: [LocalizedText, LocalizedText, LocalizedText] = [text('3 lần trở lên', '3 times or more'), text('2 lần', 'Twice'), text('1 lần', 'Once')]
const agencies: [LocalizedText, LocalizedText, LocalizedText] = [text('3 nơi trở lên', '3 or more'), text('2 nơi', 'Two'), text('1 nơi', 'One')]

/**
 * (C) The one-stop desk evaluation (Nghị định 61/2018/NĐ-CP, Thông tư 01/2018/TT-VPCP):
 * 9 indicators scored 0–2 points (18 at most) and a 3-level overall rating; short enough
 * for a kiosk, so no demographics.
 */
export const onestop2018: QuestionnaireTemplate = {
  kind: 'onestop2018',
  name: 'Đánh giá Bộ phận Một cửa (NĐ 61/2018, TT 01/2018)',
  scoring: 'points',
  definition: {
    intro: text(
      'Xin ông/bà đánh giá việc giải quyết thủ tục hành chính tại Bộ phận Một cửa.',
      'Please rate how your procedure was handled at the one-stop desk.',
    ),
    scale: [
      // no break inside "(0 điểm)"
      { value: 0, label: text('Không đạt (0\u00a0điểm)', 'Not met (0\u00a0points)') },
      { value: 1, label: text('Đạt một phần (1\u00a0điểm)', 'Partly met (1\u00a0point)') },
      { value: 2, label: text('Đạt (2\u00a0điểm)', 'Met (2\u00a0points)') },
    ],
    elements: [
      {
        key: 'onestop',
        label: text('Chỉ số đánh giá giải quyết thủ tục hành chính', 'One-stop desk indicators'),
        criteria: [
          indicator('total_time', 'Tổng thời gian giải quyết so với thời gian theo quy định', 'Total processing time against the legal limit', onTime),
          indicator('time_per_agency', 'Thời gian thực hiện tại từng cơ quan tham gia giải quyết', 'Time taken at each agency involved', onTime),
          indicator('visits', 'Số lần phải liên hệ để hoàn thiện hồ sơ', 'Number of times you had to come back', visits),
          indicator('agencies_contacted', 'Số cơ quan, đơn vị phải liên hệ', 'Number of agencies you had to deal with', agencies),
          indicator('one_stop_intake', 'Tiếp nhận hồ sơ và trả kết quả tại Bộ phận Một cửa', 'Intake and return of results at the one-stop desk'),
          indicator('publicity', 'Công khai thủ tục hành chính', 'Publicity of the procedure'),
          indicator('staff_attitude', 'Thái độ của cán bộ, công chức, viên chức', 'Attitude of the staff'),
          indicator('feedback_handling', 'Tiếp thu, giải trình ý kiến phản ánh, kiến nghị', 'Handling of feedback and complaints'),
          indicator('online_services', 'Tiến độ và chất lượng dịch vụ công trực tuyến', 'Progress and quality of online services'),
        ],
      },
    ],
    overall: {
      label: text('Đánh giá chung của ông/bà', 'Your overall rating'),
      scale: [
        { value: 1, label: text('Không hài lòng', 'Dissatisfied') },
        { value: 2, label: text('Hài lòng', 'Satisfied') },
        { value: 3, label: text('Rất hài lòng', 'Very satisfied') },
      ],
      satisfiedValues: [2, 3],
    },
    perceptions: [],
    demographics: [],
  },
}
