import { text, type QuestionnaireTemplate } from './common'

const indicator = (key: string, vi: string, en: string) => ({ key: `onestop.${key}`, label: text(vi, en) })

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
      'Xin ông/bà đánh giá việc giải quyết thủ tục hành chính tại Bộ phận Một cửa. Phiếu ẩn danh.',
      'Please rate how your procedure was handled at the one-stop desk. The survey is anonymous.',
    ),
    scale: [
      { value: 0, label: text('Không đạt (0 điểm)', 'Not met (0 points)') },
      { value: 1, label: text('Đạt một phần (1 điểm)', 'Partly met (1 point)') },
      { value: 2, label: text('Đạt (2 điểm)', 'Met (2 points)') },
    ],
    elements: [
      {
        key: 'onestop',
        label: text('Chỉ số đánh giá giải quyết thủ tục hành chính', 'One-stop desk indicators'),
        criteria: [
          indicator('total_time', 'Tổng thời gian giải quyết so với thời gian theo quy định', 'Total processing time against the legal limit'),
          indicator('time_per_agency', 'Thời gian thực hiện tại từng cơ quan tham gia giải quyết', 'Time taken at each agency involved'),
          indicator('visits', 'Số lần phải liên hệ để hoàn thiện hồ sơ', 'Number of times you had to come back'),
          indicator('agencies_contacted', 'Số cơ quan, đơn vị phải liên hệ', 'Number of agencies you had to deal with'),
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
