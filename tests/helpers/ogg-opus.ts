/**
 * A small valid Ogg/Opus file, made here rather than committed as a binary: mono, 48 kHz,
 * `frames` frames of 20 ms of silence (the 3-byte CELT silence frame F8 FF FE), in the layout
 * RFC 7845 gives (OpusHead page, OpusTags page, audio pages).
 */
export function oggOpusSilence(frames = 100): Uint8Array {
  const preSkip = 312
  const head = bytes([...ascii('OpusHead'), 1, 1, ...u16(preSkip), ...u32(48_000), 0, 0, 0])
  const vendor = ascii('hai-long tests')
  const tags = bytes([...ascii('OpusTags'), ...u32(vendor.length), ...vendor, ...u32(0)])
  const frame = [0xf8, 0xff, 0xfe]
  const pages = [page(head, 0, 0, 0x02), page(tags, 1, 0, 0)]
  const perPage = 50
  for (let start = 0, seq = 2; start < frames; start += perPage, seq++) {
    const count = Math.min(perPage, frames - start)
    const last = start + count >= frames
    pages.push(page(bytes(Array.from({ length: count }, () => frame).flat()), seq, (start + count) * 960, last ? 0x04 : 0, count))
  }
  return bytes(pages.flatMap((p) => [...p]))
}

const bytes = (values: number[]) => Uint8Array.from(values)
const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0))
const u16 = (n: number) => [n & 0xff, (n >> 8) & 0xff]
const u32 = (n: number) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff]

/** One Ogg page holding `packets` packets of equal length (each under 255 bytes), or one packet. */
function page(data: Uint8Array, sequence: number, granule: number, flags: number, packets = 1): Uint8Array {
  const lacing = packets === 1 ? [data.length] : Array.from({ length: packets }, () => data.length / packets)
  const header = [...ascii('OggS'), 0, flags, ...u32(granule), ...u32(0), ...u32(0x4861694c), ...u32(sequence), 0, 0, 0, 0, lacing.length, ...lacing]
  const out = bytes([...header, ...data])
  const crc = oggCrc(out)
  out.set(u32(crc), 22)
  return out
}

function oggCrc(data: Uint8Array): number {
  let crc = 0
  for (const byte of data) {
    crc ^= byte << 24
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x80000000 ? (crc << 1) ^ 0x04c11db7 : crc << 1
  }
  return crc >>> 0
}
