import { describe, expect, it } from 'vitest'
import { maskPersonalData } from '../../server/responses/mask-personal-data'

const PHONE = '[số điện thoại đã ẩn]'
const ID = '[số giấy tờ đã ẩn]'
const EMAIL = '[email đã ẩn]'
const ACCOUNT = '[số tài khoản đã ẩn]'

describe('masking personal data in comments', () => {
  it.each([
    ['Cán bộ hẹn gọi lại số 0912345678 mà không gọi', `Cán bộ hẹn gọi lại số ${PHONE} mà không gọi`, { phone: 1 }],
    ['SĐT: 0912.345.678, hoặc 091-234-5678', `SĐT: ${PHONE}, hoặc ${PHONE}`, { phone: 2 }],
    ['Liên hệ +84 912 345 678 hoặc 0084912345678', `Liên hệ ${PHONE} hoặc ${PHONE}`, { phone: 2 }],
    ['Số máy bàn (028) 3823 4567 không ai nghe, gọi 02838234567 cũng vậy', `Số máy bàn ${PHONE} không ai nghe, gọi ${PHONE} cũng vậy`, { phone: 2 }],
    ['sđt:0987654321.', `sđt:${PHONE}.`, { phone: 1 }],
    ['CCCD của tôi là 001203012345, CMND cũ 123456789', `CCCD của tôi là ${ID}, CMND cũ ${ID}`, { id_number: 2 }],
    ['Số căn cước 001 203 012 345 bị ghi sai', `Số căn cước ${ID} bị ghi sai`, { id_number: 1 }],
    ['Gửi email nguyen.van.an@gmail.com hoặc lan_tran@sonla.gov.vn', `Gửi email ${EMAIL} hoặc ${EMAIL}`, { email: 2 }],
    ['Hoàn phí vào STK 1903 5555 1234 567 Techcombank giúp tôi', `Hoàn phí vào STK ${ACCOUNT} Techcombank giúp tôi`, { bank_account: 1 }],
    ['số tài khoản: 0011004567890 Vietcombank', `số tài khoản: ${ACCOUNT} Vietcombank`, { bank_account: 1 }],
    ['tài khoản Agribank số 7700205123456', `tài khoản Agribank số ${ACCOUNT}`, { bank_account: 1 }],
  ])('masks %j', (comment, masked, counts) => {
    const result = maskPersonalData(comment)
    expect(result.text).toBe(masked)
    expect(result.counts).toEqual({ email: 0, phone: 0, id_number: 0, bank_account: 0, ...counts })
    expect(result.total).toBe(Object.values(counts).reduce((a, b) => a + b, 0))
  })

  it.each([
    'Hẹn ngày 12/03/2026 mà đến 15/03/2026 mới trả kết quả, phải nộp 500.000 đồng',
    'Tôi đã đến 3 lần, chờ 45 phút, lệ phí 1.500.000đ',
    'Nộp 150000000 đồng tiền sử dụng đất, mã hồ sơ 000.00.25.H45-260312-0001',
    'Phí trước bạ 2.000.000.000 đồng là quá cao',
    'Năm 2026 lúc 10:30 ở phòng 203, có 2 người, 100% hồ sơ trễ',
    'Tài khoản dịch vụ công của tôi bị khóa 3 lần',
    'Số 0123456789 đồng là sai',
  ])('leaves %j as it is', (comment) => {
    expect(maskPersonalData(comment)).toEqual({ text: comment, counts: { email: 0, phone: 0, id_number: 0, bank_account: 0 }, total: 0 })
  })

  it('masks several kinds in one comment and counts each', () => {
    const result = maskPersonalData('Tôi là chủ hồ sơ, CCCD 038090001234, gọi 0987 654 321 hoặc mail an.nguyen@yahoo.com.vn; hẹn 20/11 nộp 300.000 đồng')
    expect(result.text).toBe(`Tôi là chủ hồ sơ, CCCD ${ID}, gọi ${PHONE} hoặc mail ${EMAIL}; hẹn 20/11 nộp 300.000 đồng`)
    expect(result.counts).toEqual({ email: 1, phone: 1, id_number: 1, bank_account: 0 })
    expect(result.total).toBe(3)
  })
})
