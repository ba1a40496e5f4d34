/** True when `output` is missing or older than any of `sources` (files or folders). */
export function buildIsStale(output: string, sources: string[]): boolean
