import type { Language } from '../../shared/i18n'

export const posterMessages: Record<
  Language,
  Record<
    'title' | 'callToAction' | 'duration' | 'durationUnderMinute' | 'steps' | 'anonymous' | 'kiosk' | 'slipTitle' | 'slipNote' | 'slipCode' | 'loopback',
    string
  >
> = {
  vi: {
    title: 'Ông/bà hài lòng với sự phục vụ của chúng tôi?',
    callToAction: 'Quét mã để đánh giá sự hài lòng — {duration}',
    duration: 'khoảng {minutes} phút',
    durationUnderMinute: 'chưa đến 1 phút',
    steps: 'Mở camera điện thoại, hướng vào mã QR, chạm vào đường dẫn hiện ra.',
    anonymous: 'Phiếu đánh giá ẩn danh: không hỏi tên, số điện thoại hay số giấy tờ.',
    kiosk: 'Máy tính bảng khảo sát tại quầy',
    slipTitle: 'Đánh giá sự hài lòng của ông/bà',
    slipNote: 'Quét mã bằng điện thoại. Mã chỉ dùng một lần, không gắn với tên ông/bà.',
    slipCode: 'Mã phiếu',
    loopback:
      'Không nên in áp phích này: địa chỉ trong mã QR ({url}) chỉ mở được trên chính máy chủ. Quản trị viên cần đặt PUBLIC_URL là địa chỉ người dân truy cập được, rồi khởi động lại.',
  },
  en: {
    title: 'Are you satisfied with our service?',
    callToAction: 'Scan the code to rate our service — {duration}',
    duration: 'about {minutes} minutes',
    durationUnderMinute: 'under a minute',
    steps: "Open your phone's camera, point it at the QR code, tap the link that appears.",
    anonymous: 'Anonymous: we never ask for your name, phone number or ID number.',
    kiosk: 'Survey tablet at the desk',
    slipTitle: 'Rate our service',
    slipNote: 'Scan with your phone. The code works once and is not linked to your name.',
    slipCode: 'Slip code',
    loopback:
      'Do not print this poster: the address in its QR code ({url}) opens on the server only. An administrator must set PUBLIC_URL to an address citizens can reach, and restart.',
  },
}
