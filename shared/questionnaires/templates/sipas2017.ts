import { commentQuestion, demographics, fivePointScale, overallFivePoint, type QuestionnaireTemplate, serviceFields, text } from './common'

/**
 * (A) SIPAS 2017–2021 (Quyết định 2640/QĐ-BNV): 5 elements, 22 criteria (4/5/6/3/4).
 * Elements 3–5 follow local forms copied from the decision; the wording of elements 1–2
 * is a reconstruction, which is why a province can copy and edit the template.
 */
export const sipas2017: QuestionnaireTemplate = {
  kind: 'sipas2017',
  name: 'SIPAS 2017 (QĐ 2640/QĐ-BNV)',
  scoring: 'share45',
  definition: {
    intro: text(
      'Xin ông/bà vui lòng cho biết mức độ hài lòng với việc giải quyết thủ tục hành chính vừa thực hiện.',
      'Please tell us how satisfied you are with the administrative procedure you have just completed.',
    ),
    scale: fivePointScale,
    elements: [
      {
        key: 'access',
        label: text('Tiếp cận dịch vụ', 'Access to the service'),
        criteria: [
          { key: 'access.seating', label: text('Nơi ngồi chờ có đủ chỗ ngồi', 'There were enough seats in the waiting area') },
          { key: 'access.equipment_adequate', label: text('Trang thiết bị phục vụ đầy đủ', 'The equipment provided was adequate') },
          { key: 'access.equipment_modern', label: text('Trang thiết bị phục vụ hiện đại', 'The equipment provided was modern') },
          { key: 'access.equipment_easy', label: text('Trang thiết bị dễ sử dụng', 'The equipment was easy to use') },
        ],
      },
      {
        key: 'procedure',
        label: text('Thủ tục hành chính', 'The administrative procedure'),
        criteria: [
          { key: 'procedure.posted_publicly', label: text('Thủ tục được niêm yết công khai, đầy đủ', 'The procedure was posted publicly and completely') },
          { key: 'procedure.posted_accurately', label: text('Thủ tục được niêm yết chính xác', 'The posted procedure was accurate') },
          { key: 'procedure.documents_as_prescribed', label: text('Thành phần hồ sơ phải nộp đúng quy định', 'The documents required were as prescribed') },
          { key: 'procedure.fees_as_prescribed', label: text('Phí, lệ phí phải nộp đúng quy định', 'The fees charged were as prescribed') },
          { key: 'procedure.time_as_prescribed', label: text('Thời hạn giải quyết đúng quy định', 'The processing time was as prescribed') },
        ],
      },
      {
        key: 'staff',
        label: text('Công chức trực tiếp giải quyết công việc', 'The civil servant who handled the case'),
        criteria: [
          { key: 'staff.polite', label: text('Công chức có thái độ giao tiếp lịch sự', 'The civil servant was polite') },
          { key: 'staff.listened', label: text('Công chức chú ý lắng nghe ý kiến của người dân', 'The civil servant listened to what you said') },
          { key: 'staff.explained', label: text('Công chức trả lời, giải thích đầy đủ các ý kiến', 'The civil servant answered and explained fully') },
          {
            key: 'staff.guided_patiently',
            label: text('Công chức hướng dẫn kê khai hồ sơ tận tình, chu đáo', 'The civil servant guided you patiently in filling in the dossier'),
          },
          { key: 'staff.guidance_clear', label: text('Công chức hướng dẫn kê khai hồ sơ dễ hiểu', 'The guidance was easy to understand') },
          { key: 'staff.followed_rules', label: text('Công chức tuân thủ đúng quy định trong giải quyết công việc', 'The civil servant followed the rules') },
        ],
      },
      {
        key: 'result',
        label: text('Kết quả giải quyết thủ tục hành chính', 'The result'),
        criteria: [
          {
            key: 'result.as_prescribed',
            label: text('Kết quả đúng quy định (kể cả việc từ chối có lý do chính đáng)', 'The result was as prescribed (a lawful refusal counts)'),
          },
          { key: 'result.information_complete', label: text('Kết quả có thông tin đầy đủ', 'The information in the result was complete') },
          { key: 'result.information_accurate', label: text('Kết quả có thông tin chính xác', 'The information in the result was accurate') },
        ],
      },
      {
        key: 'feedback',
        label: text('Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị', 'Handling of feedback and complaints'),
        onlyIf: 'gaveFeedback',
        criteria: [
          {
            key: 'feedback.channel_provided',
            label: text('Cơ quan có bố trí hình thức tiếp nhận góp ý, phản ánh, kiến nghị', 'The agency provides a way to give feedback'),
          },
          { key: 'feedback.easy', label: text('Việc góp ý, phản ánh, kiến nghị dễ dàng', 'Giving feedback was easy') },
          {
            key: 'feedback.handled_actively',
            label: text('Góp ý, phản ánh, kiến nghị được tiếp nhận, xử lý tích cực', 'Feedback was received and handled actively'),
          },
          { key: 'feedback.reported_in_time', label: text('Kết quả xử lý được thông báo kịp thời', 'The outcome was reported back in time') },
        ],
      },
    ],
    feedbackQuestion: text(
      'Ông/bà có góp ý, phản ánh, kiến nghị với cơ quan về việc giải quyết thủ tục này không?',
      'Did you give the agency any feedback or complaint about this procedure?',
    ),
    overall: overallFivePoint,
    perceptions: [],
    expectations: {
      label: text('Ông/bà mong muốn cơ quan cải thiện những nội dung nào? (chọn tối đa 3)', 'What would you like the agency to improve? (choose up to 3)'),
      max: 3,
      options: [
        { key: 'facilities', label: text('Cơ sở vật chất, trang thiết bị nơi tiếp nhận', 'Facilities and equipment at the desk') },
        { key: 'publicity', label: text('Công khai, minh bạch thủ tục hành chính', 'Publicity and transparency of procedures') },
        { key: 'simpler_procedures', label: text('Đơn giản hóa thủ tục, giấy tờ', 'Simpler procedures and fewer documents') },
        { key: 'staff_attitude', label: text('Thái độ phục vụ của công chức', 'Attitude of civil servants') },
        { key: 'staff_capacity', label: text('Năng lực giải quyết công việc của công chức', 'Competence of civil servants') },
        { key: 'faster', label: text('Rút ngắn thời gian giải quyết', 'Shorter processing time') },
        { key: 'online', label: text('Dịch vụ công trực tuyến', 'Online public services') },
        { key: 'feedback_handling', label: text('Tiếp nhận, xử lý góp ý, phản ánh', 'Handling of feedback and complaints') },
      ],
    },
    serviceFields,
    demographics,
    comment: commentQuestion,
  },
}
