/** How far a device clock may be off before its time is not believed. */
export const CLOCK_TOLERANCE_MS = 5 * 60_000

export type ClockFlag = 'clock_ahead' | 'clock_before_link'

export interface AnswerTime {
  /** The time the kiosk interval and bursts judge the answer by. */
  at: Date
  /** Set when the device's time cannot be reconciled with the server's. */
  flag: ClockFlag | null
}

/**
 * The device's time bounded by the server's: an offline queue explains an answer sent late,
 * never one dated in the future or before its link existed. A time a little ahead (within
 * the tolerance) is taken as the receipt time, so no device gains answers by running ahead.
 */
export function answerTime(deviceTime: Date | undefined, receivedAt: Date, linkCreatedAt: Date): AnswerTime {
  if (!deviceTime) return { at: receivedAt, flag: null }
  const device = deviceTime.getTime()
  const received = receivedAt.getTime()
  if (device > received + CLOCK_TOLERANCE_MS) return { at: receivedAt, flag: 'clock_ahead' }
  if (device < linkCreatedAt.getTime() - CLOCK_TOLERANCE_MS) return { at: receivedAt, flag: 'clock_before_link' }
  return { at: new Date(Math.min(device, received)), flag: null }
}
