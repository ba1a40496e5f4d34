import { formatDayMonthYear } from '../calendar/vietnam-time'
import type { AppliedFilters, CampaignIndices, Grade } from '../indices/schemas'
import { MIN_CELL_RESPONDENTS, MIN_RELIABLE_N } from '../indices/thresholds'
import type { Language } from '../languages'
import type { ResponseChannel } from '../responses/channels'

/**
 * The words of the results reports, in every language: the XLSX, CSV and JSON exports
 * (Vietnamese) and the admin's dashboard and printable report (the chosen language) read
 * them here, so a figure is named the same on paper, in a spreadsheet and on screen.
 */
export interface ReportLabels {
  channel: Record<ResponseChannel, string>
  grade: Record<Grade, string>
  /** A unit with a figure but too few answers to be ranked. */
  unranked: string
  /** The reliability of an estimate: from fewer than MIN_RELIABLE_N answers, enough, or none. */
  reliability: { indicative: string; reliable: string; noData: string }
  filters: {
    flaggedIn: string
    flaggedOut: string
    verifiedOnly: string
    anyVerification: string
    channel: (channelName: string) => string
    allChannels: string
    dates: (from: string | null, to: string | null) => string
    wholePeriod: string
  }
  method: {
    campaign: (name: string, year: number) => [string, string]
    filters: string
    minimumSample: [string, string]
    anonymity: [string, string]
    points: [string, string][]
    share45: [string, string][]
  }
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)

export const REPORT_LABELS: Record<Language, ReportLabels> = {
  vi: {
    channel: { kiosk: 'Máy tính bảng tại quầy', qr: 'Mã QR (điện thoại)', interview: 'Phỏng vấn trực tiếp', paper: 'Phiếu giấy' },
    grade: { excellent: 'Xuất sắc', good: 'Tốt', fair: 'Khá', average: 'Trung bình', weak: 'Yếu' },
    unranked: 'Không xếp hạng',
    reliability: { indicative: `Tham khảo (n < ${MIN_RELIABLE_N})`, reliable: 'Đủ mẫu', noData: 'Không có dữ liệu' },
    filters: {
      flaggedIn: 'Gồm cả phiếu bị gắn cờ nghi vấn.',
      flaggedOut: 'Không tính các phiếu bị gắn cờ nghi vấn (số phiếu này vẫn được báo cáo).',
      verifiedOnly: 'Chỉ tính phiếu đã xác minh bằng mã biên nhận.',
      anyVerification: 'Tính cả phiếu chưa xác minh bằng mã biên nhận.',
      channel: (channelName) => `Chỉ kênh: ${lowerFirst(channelName)}.`,
      allChannels: 'Mọi kênh (máy tính bảng tại quầy, mã QR, phỏng vấn trực tiếp và phiếu giấy).',
      dates: (from, to) => `Thời gian gửi phiếu (giờ Việt Nam): từ ${from ?? 'đầu đợt'} đến ${to ?? 'cuối đợt'}.`,
      wholePeriod: 'Toàn bộ thời gian của đợt khảo sát.',
    },
    method: {
      campaign: (name, year) => ['Đợt khảo sát', `${name} (năm ${year})`],
      filters: 'Bộ lọc',
      minimumSample: ['Mẫu tối thiểu', `Chỉ số tính từ dưới ${MIN_RELIABLE_N} câu trả lời hợp lệ chỉ có giá trị tham khảo.`],
      anonymity: [
        'Ẩn danh',
        `Phiếu không lưu họ tên, số điện thoại, địa chỉ IP; thời điểm gửi chỉ lưu đến giờ. Nhóm nhân khẩu học dưới ${MIN_CELL_RESPONDENTS} người không được hiển thị.`,
      ],
      points: [
        ['Phương pháp', 'Đánh giá Bộ phận Một cửa (Nghị định 61/2018/NĐ-CP, Thông tư 01/2018/TT-VPCP).'],
        ['Điểm chỉ số', 'Điểm trung bình của mỗi chỉ số (0–2 điểm) trên các câu trả lời hợp lệ; khoảng tin cậy 95% của giá trị trung bình (xấp xỉ chuẩn).'],
        ['Tổng điểm', 'Tổng điểm trung bình của 9 chỉ số, tối đa 18 điểm.'],
        ['Xếp loại', 'Trên 15: Xuất sắc; từ 12 đến 15: Tốt; từ 9 đến dưới 12: Khá; từ 6 đến dưới 9: Trung bình; dưới 6: Yếu.'],
        [
          'Tỷ lệ hài lòng',
          '(Số đánh giá "Rất hài lòng" + "Hài lòng") / số đánh giá chung hợp lệ × 100%; khoảng tin cậy Wilson 95%. Đây là chỉ số chính của đơn vị.',
        ],
      ],
      share45: [
        ['Phương pháp', 'Chỉ số hài lòng về sự phục vụ hành chính (SIPAS), thang 5 mức.'],
        ['Chỉ số tiêu chí', '(Số câu trả lời mức 4 hoặc 5) / (số câu trả lời hợp lệ mức 1–5) × 100%. "Không trả lời" không tính vào mẫu số.'],
        ['Chỉ số yếu tố', 'Trung bình cộng chỉ số các tiêu chí có dữ liệu của yếu tố.'],
        ['Chỉ số SIPAS', 'Trung bình cộng chỉ số các yếu tố có dữ liệu; yếu tố không có dữ liệu được ghi rõ và không tính.'],
        ['Khoảng tin cậy tiêu chí', 'Khoảng Wilson 95% của tỷ lệ.'],
        [
          'Khoảng tin cậy yếu tố, SIPAS',
          'Phương pháp tuyến tính hoá theo người trả lời (delta): phương sai ước lượng từ điểm của từng người (số câu hài lòng và số câu hợp lệ trong mỗi yếu tố), có tính tương quan giữa các tiêu chí và giữa các yếu tố của cùng một người; khoảng = chỉ số ± 1,96 × sai số chuẩn.',
        ],
        [
          `Khoảng tin cậy khi n < ${MIN_RELIABLE_N}`,
          'Mẫu nhỏ: khoảng Wilson với cỡ mẫu hiệu dụng (tỷ lệ × (1 − tỷ lệ) / phương sai trên, hiệu chỉnh theo phân phối Student với n − 1 bậc tự do; khi mọi người trả lời giống nhau, cỡ mẫu hiệu dụng bằng số người trả lời), theo Korn và Graubard. Khoảng rộng hơn, đúng với độ bất định của mẫu nhỏ.',
        ],
        ['Tỷ lệ mong muốn', 'Số người chọn mục / số người trả lời câu hỏi mong muốn × 100%.'],
        ['Hài lòng chung', 'Tỷ lệ câu trả lời mức hài lòng trong câu hỏi hài lòng chung; khoảng Wilson 95%.'],
      ],
    },
  },
  en: {
    channel: { kiosk: 'Kiosk tablet at the desk', qr: 'QR code (phone)', interview: 'Face-to-face interview', paper: 'Paper form' },
    grade: { excellent: 'Excellent', good: 'Good', fair: 'Fair', average: 'Average', weak: 'Weak' },
    unranked: 'Not ranked',
    reliability: { indicative: `Indicative (n < ${MIN_RELIABLE_N})`, reliable: 'Sufficient sample', noData: 'No data' },
    filters: {
      flaggedIn: 'Flagged responses included.',
      flaggedOut: 'Flagged responses excluded (their number is still reported).',
      verifiedOnly: 'Only responses verified with a receipt code.',
      anyVerification: 'Responses with and without a verified receipt code.',
      channel: (channelName) => `Channel: ${lowerFirst(channelName)} only.`,
      allChannels: 'All channels (kiosk tablet at the desk, QR code, face-to-face interview and paper form).',
      dates: (from, to) => `Submitted (Viet Nam time) from ${from ?? 'the start of the campaign'} to ${to ?? 'its end'}.`,
      wholePeriod: 'The whole period of the campaign.',
    },
    method: {
      campaign: (name, year) => ['Campaign', `${name} (${year})`],
      filters: 'Filters',
      minimumSample: ['Minimum sample', `An index from fewer than ${MIN_RELIABLE_N} valid answers is indicative only.`],
      anonymity: [
        'Anonymity',
        `Responses keep no name, phone number or IP address; the time of submission is kept to the hour. Demographic groups of fewer than ${MIN_CELL_RESPONDENTS} people are not shown.`,
      ],
      points: [
        ['Method', 'One-stop desk evaluation (Decree 61/2018/NĐ-CP, Circular 01/2018/TT-VPCP).'],
        ['Indicator score', 'Mean score (0–2 points) of each indicator over its valid answers; 95% confidence interval of the mean (normal approximation).'],
        ['Total score', 'Sum of the mean scores of the 9 indicators, at most 18 points.'],
        ['Grade', 'Above 15: Excellent; 12 to 15: Good; 9 to under 12: Fair; 6 to under 9: Average; under 6: Weak.'],
        ['Satisfaction rate', '("Very satisfied" + "Satisfied" ratings) / valid overall ratings × 100%; 95% Wilson interval. This is the unit’s main index.'],
      ],
      share45: [
        ['Method', 'Satisfaction index of public administrative services (SIPAS), 5-point scale.'],
        ['Criterion index', '(Answers 4 or 5) / (valid answers 1–5) × 100%. "No answer" is not in the denominator.'],
        ['Element index', 'Mean of the indices of the element’s criteria with data.'],
        ['SIPAS index', 'Mean of the indices of the elements with data; an element without data is named and left out.'],
        ['Criterion interval', '95% Wilson interval of the share.'],
        [
          'Element and SIPAS intervals',
          'Linearisation by respondent (delta method): the variance is estimated from each person’s scores (satisfied and valid answers in each element), counting the correlation between the criteria and the elements of the same person; interval = index ± 1.96 × standard error.',
        ],
        [
          `Intervals when n < ${MIN_RELIABLE_N}`,
          'Small samples: Wilson interval with the effective sample size (share × (1 − share) / the upper variance, adjusted by Student’s distribution with n − 1 degrees of freedom; when everyone answers alike, the effective size is the number of respondents), after Korn and Graubard. The interval is wider, as the uncertainty of a small sample is.',
        ],
        ['Expectation share', 'People choosing the item / people who answered the expectations question × 100%.'],
        ['Overall satisfaction', 'Share of satisfied answers to the overall question; 95% Wilson interval.'],
      ],
    },
  },
}

/** The filters in force as sentences; days as dd/mm/yyyy. */
export function describeFilters(filters: AppliedFilters, lang: Language): string[] {
  const words = REPORT_LABELS[lang].filters
  const day = (d: string | null) => (d === null ? null : formatDayMonthYear(d))
  return [
    filters.includeFlagged ? words.flaggedIn : words.flaggedOut,
    filters.verifiedOnly ? words.verifiedOnly : words.anyVerification,
    filters.channel ? words.channel(REPORT_LABELS[lang].channel[filters.channel]) : words.allChannels,
    filters.from || filters.to ? words.dates(day(filters.from), day(filters.to)) : words.wholePeriod,
  ]
}

/**
 * How every figure is computed, as (heading, text) lines: the method of the campaign's
 * scoring, then the campaign, its filters, the minimum sample, `extra` lines (the sample
 * targets) and anonymity.
 */
export function methodLines(
  report: Pick<CampaignIndices, 'campaignName' | 'year' | 'filters' | 'scoring'>,
  lang: Language,
  extra: [string, string][] = [],
): [string, string][] {
  const { method } = REPORT_LABELS[lang]
  return [
    ...(report.scoring === 'points' ? method.points : method.share45),
    method.campaign(report.campaignName, report.year),
    ...describeFilters(report.filters, lang).map((line, i): [string, string] => [i === 0 ? method.filters : '', line]),
    method.minimumSample,
    ...extra,
    method.anonymity,
  ]
}
