const TONE_MARKS = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']

/**
 * Text as Excel's "CSV" writes it on Vietnamese Windows (code page 1258): letters with a tone
 * are a base letter byte followed by a combining tone mark byte. Built from Node's own decoder.
 */
export function encodeWindows1258(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1258')
  const byteOf = new Map(Array.from({ length: 256 }, (_, b) => [decoder.decode(new Uint8Array([b])), b] as const))
  const bytes: number[] = []
  for (const char of text.normalize('NFC')) {
    if (byteOf.has(char)) {
      bytes.push(byteOf.get(char)!)
      continue
    }
    const marks = [...char.normalize('NFD')]
    const tone = marks.find((m) => TONE_MARKS.includes(m))!
    bytes.push(
      byteOf.get(
        marks
          .filter((m) => m !== tone)
          .join('')
          .normalize('NFC'),
      )!,
      byteOf.get(tone)!,
    )
  }
  return new Uint8Array(bytes)
}
