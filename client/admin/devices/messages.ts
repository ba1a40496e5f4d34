import { defineCatalog } from '../../i18n/translate'

export const deviceMessages = defineCatalog(
  {
    title: 'Máy của điều tra viên',
    intro:
      'Máy tính bảng, điện thoại đã đăng nhập chế độ phỏng vấn (/field). Mỗi lần đăng nhập dùng được 14 ngày, kể cả khi không có mạng. Thu hồi khi máy bị mất hoặc người dùng rời tổ khảo sát: phiếu gửi từ máy đó sẽ bị từ chối cho đến khi đăng nhập lại.',
    empty: 'Chưa có máy nào đăng nhập.',
    surveyor: 'Điều tra viên',
    organisation: 'Cơ quan',
    label: 'Tên máy',
    createdAt: 'Đăng nhập lúc',
    lastSeenAt: 'Liên lạc gần nhất',
    expiresAt: 'Hết hạn',
    status: 'Trạng thái',
    revokedAt: 'Đã thu hồi lúc {time}',
    revoke: 'Thu hồi',
    confirmRevoke: 'Thu hồi phiên của máy “{label}” ({name})? Phiếu gửi từ máy đó sẽ bị từ chối cho đến khi đăng nhập lại.',
  },
  {
    title: 'Surveyors’ devices',
    intro:
      'Tablets and phones logged in to interview mode (/field). Each login lasts 14 days, offline included. Revoke one that is lost or whose user left the team: its answers are refused until someone logs in again.',
    empty: 'No device logged in yet.',
    surveyor: 'Surveyor',
    organisation: 'Organisation',
    label: 'Device',
    createdAt: 'Logged in',
    lastSeenAt: 'Last seen',
    expiresAt: 'Expires',
    status: 'Status',
    revokedAt: 'Revoked {time}',
    revoke: 'Revoke',
    confirmRevoke: 'Revoke the session of “{label}” ({name})? Its answers will be refused until someone logs in again.',
  },
)
