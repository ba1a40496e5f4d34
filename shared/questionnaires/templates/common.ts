import type { LocalizedText } from '../../i18n'
import type { QuestionnaireDefinition, Scoring } from '../definition'
import type { QuestionnaireKind } from '../schemas'

export const text = (vi: string, en: string): LocalizedText => ({ vi, en })

/** A built-in questionnaire: the definition and what the catalogue stores beside it. */
export interface QuestionnaireTemplate {
  kind: QuestionnaireKind
  name: string
  scoring: Scoring
  definition: QuestionnaireDefinition
}

/** The SIPAS answer scale (templates A and B); "no answer" is always allowed besides it. */
export const fivePointScale = [
  { value: 1, label: text('Rất không hài lòng', 'Very dissatisfied') },
  { value: 2, label: text('Không hài lòng', 'Dissatisfied') },
  { value: 3, label: text('Bình thường', 'Neutral') },
  { value: 4, label: text('Hài lòng', 'Satisfied') },
  { value: 5, label: text('Rất hài lòng', 'Very satisfied') },
]

export const commentQuestion = {
  label: text('Ý kiến khác của ông/bà (không bắt buộc)', 'Any other comment (optional)'),
  // the kiosk and the phone add the warning against personal details after the hint
  hint: text('Điều ông/bà muốn cơ quan giữ, bỏ hay làm tốt hơn.', 'What you would like the agency to keep, stop or do better.'),
  maxLength: 2000,
}

/** Service fields most often handled at a provincial or commune one-stop desk. */
export const serviceFields = {
  label: text('Ông/bà vừa thực hiện thủ tục thuộc lĩnh vực nào?', 'Which field was the procedure you just completed in?'),
  options: [
    { key: 'land', label: text('Đất đai', 'Land') },
    { key: 'construction', label: text('Xây dựng', 'Construction') },
    { key: 'civil_status', label: text('Hộ tịch', 'Civil status') },
    { key: 'certification', label: text('Chứng thực', 'Certification') },
    { key: 'business', label: text('Đăng ký kinh doanh, đầu tư', 'Business and investment registration') },
    { key: 'transport', label: text('Giao thông vận tải', 'Transport') },
    { key: 'labour_social', label: text('Lao động, thương binh và xã hội', 'Labour and social affairs') },
    { key: 'justice', label: text('Tư pháp', 'Justice') },
    { key: 'health', label: text('Y tế', 'Health') },
    { key: 'education', label: text('Giáo dục', 'Education') },
    { key: 'other', label: text('Lĩnh vực khác', 'Other') },
  ],
}

export const demographics = [
  {
    key: 'gender',
    label: text('Giới tính', 'Gender'),
    options: [
      { key: 'male', label: text('Nam', 'Male') },
      { key: 'female', label: text('Nữ', 'Female') },
    ],
  },
  {
    key: 'age_band',
    label: text('Độ tuổi', 'Age'),
    options: [
      { key: 'age_18_24', label: text('Từ 18 đến 24 tuổi', '18–24') },
      { key: 'age_25_34', label: text('Từ 25 đến 34 tuổi', '25–34') },
      { key: 'age_35_49', label: text('Từ 35 đến 49 tuổi', '35–49') },
      { key: 'age_50_60', label: text('Từ 50 đến 60 tuổi', '50–60') },
      { key: 'age_over_60', label: text('Trên 60 tuổi', 'Over 60') },
    ],
  },
  {
    key: 'ethnicity',
    label: text('Dân tộc', 'Ethnicity'),
    options: [
      { key: 'kinh', label: text('Kinh', 'Kinh') },
      { key: 'other', label: text('Dân tộc khác', 'Another ethnic group') },
    ],
  },
  {
    key: 'education',
    label: text('Trình độ học vấn', 'Education'),
    options: [
      { key: 'primary_or_less', label: text('Tiểu học trở xuống', 'Primary school or less') },
      { key: 'lower_secondary', label: text('Trung học cơ sở', 'Lower secondary') },
      { key: 'upper_secondary', label: text('Trung học phổ thông', 'Upper secondary') },
      { key: 'vocational', label: text('Trung cấp, cao đẳng', 'Vocational or college') },
      { key: 'university', label: text('Đại học trở lên', 'University or higher') },
    ],
  },
  {
    key: 'occupation',
    label: text('Nghề nghiệp', 'Occupation'),
    options: [
      { key: 'farmer', label: text('Nông dân', 'Farmer') },
      { key: 'worker', label: text('Công nhân', 'Worker') },
      { key: 'public_employee', label: text('Cán bộ, công chức, viên chức', 'Public employee') },
      { key: 'business', label: text('Kinh doanh, buôn bán', 'Business owner or trader') },
      { key: 'enterprise_employee', label: text('Nhân viên doanh nghiệp', 'Company employee') },
      { key: 'student', label: text('Học sinh, sinh viên', 'Student') },
      { key: 'retired', label: text('Nghỉ hưu', 'Retired') },
      { key: 'other', label: text('Khác', 'Other') },
    ],
  },
]

export const overallFivePoint = {
  label: text('Nhìn chung, ông/bà hài lòng như thế nào với sự phục vụ của cơ quan?', 'Overall, how satisfied are you with the service of this agency?'),
  scale: fivePointScale,
  satisfiedValues: [4, 5],
}
