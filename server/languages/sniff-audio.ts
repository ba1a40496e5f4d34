/** The audio formats a recording may be in, told apart by their first bytes (a declared Content-Type is not trusted). */
export type AudioType = 'audio/ogg' | 'audio/webm' | 'audio/mpeg' | 'audio/mp4'

const startsWith = (bytes: Uint8Array, prefix: number[], at = 0) => bytes.length >= at + prefix.length && prefix.every((byte, i) => bytes[at + i] === byte)

export function sniffAudio(bytes: Uint8Array): AudioType | null {
  if (startsWith(bytes, [0x4f, 0x67, 0x67, 0x53])) return 'audio/ogg' // "OggS" (Opus or Vorbis)
  if (startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3])) return 'audio/webm' // EBML header (WebM/Matroska, what Chrome's MediaRecorder writes)
  if (startsWith(bytes, [0x49, 0x44, 0x33])) return 'audio/mpeg' // "ID3" tag before MP3 frames
  if (bytes.length >= 2 && bytes[0] === 0xff && (bytes[1]! & 0xe0) === 0xe0) return 'audio/mpeg' // an MP3 frame sync
  if (startsWith(bytes, [0x66, 0x74, 0x79, 0x70], 4)) return 'audio/mp4' // "ftyp" box (M4A)
  return null
}
