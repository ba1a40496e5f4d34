/** ASCII words of a Vietnamese name for a file name: "Đợt 1 — Sở Tư pháp" → "dot-1-so-tu-phap". */
export function fileSlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
}

/** `<what>-<campaign words>-dot-<id>[-<variant>…].<ext>`: distinct per campaign and variant. */
export function exportFileName(what: string, campaign: { id: number; name: string }, variants: string[], ext: string): string {
  return `${[what, fileSlug(campaign.name), `dot-${campaign.id}`, ...variants].filter(Boolean).join('-')}.${ext}`
}

export const attachment = (name: string) => ({ 'Content-Disposition': `attachment; filename="${name}"` })
