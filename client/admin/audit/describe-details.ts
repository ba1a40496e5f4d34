/** One line of an audit entry's details: a field with its value, or with the old and new values. */
export interface DetailLine {
  field: string
  value?: unknown
  from?: unknown
  to?: unknown
}

const isChange = (value: unknown): value is { from: unknown; to: unknown } => typeof value === 'object' && value !== null && 'from' in value && 'to' in value

/**
 * The stored details as lines to show: `{ changes: { field: { from, to } } }` (what an update
 * records) becomes one "field: old → new" line per field; any other object, one line per key.
 */
export function detailLines(details: unknown): DetailLine[] {
  if (details === null || details === undefined) return []
  if (typeof details !== 'object' || Array.isArray(details)) return [{ field: '', value: details }]
  const lines: DetailLine[] = []
  for (const [field, value] of Object.entries(details)) {
    if (field === 'changes' && typeof value === 'object' && value !== null && Object.values(value).every(isChange)) {
      for (const [changed, change] of Object.entries(value as Record<string, { from: unknown; to: unknown }>))
        lines.push({ field: changed, from: change.from, to: change.to })
    } else {
      lines.push({ field, value })
    }
  }
  return lines
}
