import type { ComponentChildren } from 'preact'
import { useState } from 'preact/hooks'
import { useT } from '../../i18n/translate'
import { agencyMessages } from './messages'
import { flattenTree, type AgencyNode } from './tree'

interface AgencyTreeProps {
  roots: AgencyNode[]
  /** The row of one agency, after its expand/collapse toggle. */
  row: (node: AgencyNode) => ComponentChildren
}

/** A collapsible tree of any depth; the top level starts open. */
export function AgencyTree({ roots, row }: AgencyTreeProps) {
  const t = useT(agencyMessages)
  const [open, setOpen] = useState<Set<number>>(() => new Set(roots.map((node) => node.agency.id)))
  const toggle = (id: number) =>
    setOpen((current) => {
      const next = new Set(current)
      if (!next.delete(id)) next.add(id)
      return next
    })

  const renderNodes = (nodes: AgencyNode[]) => (
    <ul class="tree">
      {nodes.map((node) => {
        const expanded = open.has(node.agency.id)
        const hasChildren = node.children.length > 0
        return (
          <li key={node.agency.id} class={node.agency.active ? undefined : 'inactive'}>
            <div class="tree-row">
              {hasChildren ? (
                <button
                  type="button"
                  class="tree-toggle"
                  aria-expanded={expanded}
                  aria-label={t(expanded ? 'collapse' : 'expand', { name: node.agency.name })}
                  onClick={() => toggle(node.agency.id)}
                >
                  {expanded ? '▾' : '▸'}
                </button>
              ) : (
                <span class="tree-toggle-space" />
              )}
              {row(node)}
            </div>
            {hasChildren && expanded && renderNodes(node.children)}
          </li>
        )
      })}
    </ul>
  )

  return (
    <div class="tree-box">
      <div class="toolbar small">
        <button type="button" class="button ghost" onClick={() => setOpen(new Set(flattenTree(roots).map((node) => node.agency.id)))}>
          {t('expandAll')}
        </button>
        <button type="button" class="button ghost" onClick={() => setOpen(new Set())}>
          {t('collapseAll')}
        </button>
      </div>
      {renderNodes(roots)}
    </div>
  )
}
