import { commentQuestion, demographics, fivePointScale, overallFivePoint, type QuestionnaireTemplate, serviceFields, text } from './common'

const noneSomeMany = (prefix: string) => [
  { key: `${prefix}.none`, label: text('Không có', 'None') },
  { key: `${prefix}.some`, label: text('Có, một số lần', 'Some') },
  { key: `${prefix}.many`, label: text('Có, nhiều lần', 'Many') },
]

/**
 * (B) SIPAS 2022 onwards (Quyết định 1001/QĐ-BNV): the service-delivery part, 5 elements /
 * 16 items (3/4/3/3/3), with the perception items and the 10 expectations.
 */
export const sipas2022: QuestionnaireTemplate = {
  kind: 'sipas2022',
  name: 'SIPAS 2022+ — cung ứng dịch vụ hành chính công',
  scoring: 'share45',
  definition: {
    intro: text(
      'Xin ông/bà vui lòng đánh giá việc cung ứng dịch vụ hành chính công vừa sử dụng.',
      'Please rate the public administrative service you have just used.',
    ),
    scale: fivePointScale,
    elements: [
      {
        key: 'access',
        label: text('Tiếp cận dịch vụ', 'Access to the service'),
        criteria: [
          { key: 'access.signs', label: text('Biển chỉ dẫn rõ ràng, dễ tìm', 'Signs were clear and easy to find') },
          { key: 'access.seating', label: text('Đủ chỗ ngồi, bàn viết', 'Enough seats and writing desks') },
          { key: 'access.equipment', label: text('Trang thiết bị đầy đủ, hoạt động tốt', 'Enough equipment in good working order') },
        ],
      },
      {
        key: 'procedure',
        label: text('Thủ tục hành chính', 'Administrative procedures'),
        criteria: [
          { key: 'procedure.posted_readable', label: text('Thủ tục được niêm yết công khai, dễ đọc', 'The procedure was posted and easy to read') },
          {
            key: 'procedure.required_documents_only',
            label: text('Chỉ phải nộp đúng thành phần hồ sơ theo quy định', 'Only the required documents were asked for'),
          },
          { key: 'procedure.required_fees_only', label: text('Chỉ phải nộp đúng phí, lệ phí theo quy định', 'Only the required fees were charged') },
          { key: 'procedure.deadline_met', label: text('Thời hạn giải quyết được bảo đảm', 'The deadline was met') },
        ],
      },
      {
        key: 'staff',
        label: text('Công chức giải quyết thủ tục', 'Civil servants'),
        criteria: [
          { key: 'staff.polite', label: text('Công chức lịch sự, tôn trọng người dân', 'Civil servants were polite and respectful') },
          { key: 'staff.complete_guidance_once', label: text('Công chức hướng dẫn đầy đủ, một lần', 'Complete guidance was given in one go') },
          { key: 'staff.followed_rules', label: text('Công chức tuân thủ đúng quy định', 'Civil servants followed the rules') },
        ],
      },
      {
        key: 'result',
        label: text('Kết quả giải quyết', 'Results'),
        criteria: [
          { key: 'result.on_time', label: text('Kết quả được trả đúng hẹn', 'The result was delivered on time') },
          { key: 'result.complete_accurate', label: text('Kết quả đầy đủ, chính xác', 'The result was complete and accurate') },
          { key: 'result.fair', label: text('Kết quả công bằng', 'The result was fair') },
        ],
      },
      {
        key: 'feedback',
        label: text('Tiếp nhận, xử lý ý kiến phản ánh, kiến nghị', 'Handling of feedback'),
        onlyIf: 'gaveFeedback',
        criteria: [
          { key: 'feedback.easy_to_submit', label: text('Dễ dàng gửi ý kiến phản ánh, kiến nghị', 'Feedback was easy to submit') },
          { key: 'feedback.handled_per_rules', label: text('Ý kiến được xử lý đúng quy định', 'Feedback was handled according to the rules') },
          { key: 'feedback.result_notified', label: text('Kết quả xử lý được thông báo kịp thời', 'The outcome was notified promptly') },
        ],
      },
    ],
    feedbackQuestion: text('Ông/bà có gửi ý kiến phản ánh, kiến nghị về dịch vụ này không?', 'Did you submit any feedback or complaint about this service?'),
    overall: overallFivePoint,
    perceptions: [
      {
        key: 'harassment',
        label: text('Ông/bà có bị công chức gây phiền hà, sách nhiễu không?', 'Were you harassed or obstructed by officials?'),
        options: noneSomeMany('harassment'),
      },
      {
        key: 'extra_payment',
        label: text('Ông/bà có phải trả thêm chi phí ngoài quy định không?', 'Were you asked to pay more than the prescribed fees?'),
        options: noneSomeMany('extra_payment'),
      },
    ],
    expectations: {
      label: text('Ông/bà mong muốn Nhà nước cải thiện những nội dung nào? (chọn tối đa 3)', 'What would you like the government to improve? (choose up to 3)'),
      max: 3,
      options: [
        { key: 'transparency', label: text('Công khai, minh bạch', 'Transparency') },
        { key: 'accountability', label: text('Trách nhiệm giải trình', 'Accountability') },
        { key: 'citizen_oversight', label: text('Sự tham gia, giám sát của người dân', 'Citizen participation and oversight') },
        { key: 'local_government', label: text('Hiệu quả của chính quyền địa phương', 'Effectiveness of local government') },
        { key: 'facilities', label: text('Cơ sở vật chất, trang thiết bị', 'Facilities and equipment') },
        { key: 'staff_capacity', label: text('Năng lực của công chức', 'Competence of civil servants') },
        { key: 'staff_attitude', label: text('Thái độ phục vụ của công chức', 'Attitude of civil servants') },
        { key: 'digital', label: text('Ứng dụng công nghệ thông tin, chuyển đổi số', 'IT and digital transformation') },
        { key: 'online_services', label: text('Chất lượng dịch vụ công trực tuyến', 'Quality of online public services') },
        { key: 'feedback_handling', label: text('Tiếp nhận, xử lý phản ánh, kiến nghị', 'Handling of feedback and complaints') },
      ],
    },
    serviceFields,
    demographics,
    comment: commentQuestion,
  },
}
