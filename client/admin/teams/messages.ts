import { defineCatalog } from '../../i18n/translate'

export const teamMessages = defineCatalog(
  {
    title: 'Tổ khảo sát',
    intro: 'Điều tra viên phỏng vấn người dân cho đợt này (trên máy tính bảng, trang /field); người xem của cơ quan phối hợp xem kết quả.',
    empty: 'Chưa phân công ai.',
    candidates: 'Chọn điều tra viên và người xem của cơ quan phối hợp',
    noCandidates: 'Chưa có tài khoản điều tra viên hay người xem thuộc cơ quan phối hợp. Thêm ở trang Người dùng.',
    saved: 'Đã lưu tổ khảo sát.',
    interviews: '{count} phiếu phỏng vấn, {flagged} bị đánh dấu',
  },
  {
    title: 'Survey team',
    intro: 'Surveyors interview citizens for this campaign (on a tablet, at /field); partner organisations’ viewers read its results.',
    empty: 'Nobody assigned yet.',
    candidates: 'Choose the surveyors and partner organisations’ viewers',
    noCandidates: 'No surveyor accounts or partner organisation viewers yet. Add them on the Users page.',
    saved: 'Survey team saved.',
    interviews: '{count} interviews, {flagged} flagged',
  },
)
