// Resident memory of the server process, read from /proc (Linux).
import fs from 'node:fs'

const MB = 1024 * 1024

function statusField(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const match = fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'))
  if (!match) throw new Error(`no ${field} in /proc/${pid}/status`)
  return (Number(match[1]) * 1024) / MB
}

/** Current resident set, in MB. */
export const rssMb = (pid: number) => statusField(pid, 'VmRSS')

/**
 * Peak resident set while `work` runs, in MB: the kernel's high-water mark (VmHWM, reset
 * first through clear_refs) and, in case the reset is refused, the highest 50 ms sample.
 */
export async function peakRssDuring<T>(pid: number, work: () => Promise<T>): Promise<{ result: T; peakMb: number }> {
  let hwmReset = true
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, '5')
  } catch {
    hwmReset = false
  }
  let sampled = rssMb(pid)
  const timer = setInterval(() => {
    try {
      sampled = Math.max(sampled, rssMb(pid))
    } catch {
      // the process ended; the error surfaces through `work`
    }
  }, 50)
  try {
    const result = await work()
    const peakMb = hwmReset ? Math.max(sampled, statusField(pid, 'VmHWM')) : sampled
    return { result, peakMb }
  } finally {
    clearInterval(timer)
  }
}
