import type { Agency } from '../../../shared/agencies/schemas'

export interface AgencyNode {
  agency: Agency
  depth: number
  children: AgencyNode[]
}

const byName = (a: AgencyNode, b: AgencyNode) => a.agency.name.localeCompare(b.agency.name, 'vi')

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
  const settle = (list: AgencyNode[], depth: number) => {
    list.sort(byName)
    for (const node of list) {
      node.depth = depth
      settle(node.children, depth + 1)
    }
  }
  settle(roots, 0)
  return roots
}

/** Depth-first, parents before their children: for indented pick lists. */
export function flattenTree(roots: readonly AgencyNode[]): AgencyNode[] {
  return roots.flatMap((node) => [node, ...flattenTree(node.children)])
}

/** The ids of an agency and everything below it (an agency cannot move under one of these). */
export function subtreeIds(roots: readonly AgencyNode[], id: number): Set<number> {
  const found = flattenTree(roots).find((node) => node.agency.id === id)
  return new Set(found ? flattenTree([found]).map((node) => node.agency.id) : [])
}
