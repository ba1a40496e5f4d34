import type { Agency } from '../../../shared/agencies/schemas'

export interface AgencyNode {
  agency: Agency
  depth: number
  children: AgencyNode[]
}

const byName = (a: AgencyNode, b: AgencyNode) => a.agency.name.localeCompare(b.agency.name, 'vi')

// Every walk here keeps its own stack instead of recursing: an imported tree may be thousands
// of levels deep, which would overflow the call stack.

/**
 * The agency tree from the flat list the API returns. An agency whose parent is not in the
 * list (a unit manager sees only its own subtree) becomes a root. Siblings are sorted by name.
 */
export function buildAgencyTree(agencies: readonly Agency[]): AgencyNode[] {
  const nodes = new Map(agencies.map((agency) => [agency.id, { agency, depth: 0, children: [] as AgencyNode[] }]))
  const roots: AgencyNode[] = []
  for (const node of nodes.values()) {
    const parent = node.agency.parentId === null ? undefined : nodes.get(node.agency.parentId)
    if (parent) parent.children.push(node)
    else roots.push(node)
  }
  roots.sort(byName)
  const stack = [...roots]
  for (let node = stack.pop(); node; node = stack.pop()) {
    node.children.sort(byName)
    for (const child of node.children) {
      child.depth = node.depth + 1
      stack.push(child)
    }
  }
  return roots
}

/** Depth-first, parents before their children; below a node only when `descend(node)` says so. */
export function flattenTree(roots: readonly AgencyNode[], descend: (node: AgencyNode) => boolean = () => true): AgencyNode[] {
  const list: AgencyNode[] = []
  const stack = [...roots].reverse()
  for (let node = stack.pop(); node; node = stack.pop()) {
    list.push(node)
    if (descend(node)) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!)
  }
  return list
}

/** The ids of an agency and everything below it (an agency cannot move under one of these). */
export function subtreeIds(roots: readonly AgencyNode[], id: number): Set<number> {
  const found = flattenTree(roots).find((node) => node.agency.id === id)
  return new Set(found ? flattenTree([found]).map((node) => node.agency.id) : [])
}

/** For each agency above one of `ids`: how many of `ids` lie below it. */
export function countBelow(agencies: readonly Agency[], ids: Iterable<number>): Map<number, number> {
  const parentOf = new Map(agencies.map((a) => [a.id, a.parentId]))
  const counts = new Map<number, number>()
  for (const id of ids) {
    const seen = new Set([id])
    for (let parent = parentOf.get(id); parent != null && !seen.has(parent); parent = parentOf.get(parent)) {
      seen.add(parent)
      counts.set(parent, (counts.get(parent) ?? 0) + 1)
    }
  }
  return counts
}
