import QRCode from 'qrcode'

// Medium error correction survives a scuffed or partly covered print.
const OPTIONS = { errorCorrectionLevel: 'M', margin: 2 } as const

export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { ...OPTIONS, type: 'svg' })
}

export function qrPng(text: string, width = 600): Promise<Buffer> {
  return QRCode.toBuffer(text, { ...OPTIONS, type: 'png', width })
}
