import type { ComponentChildren } from 'preact'
import { useState } from 'preact/hooks'
import { useT } from '../../i18n/translate'
import { agencyMessages } from './messages'
import { type AgencyNode, flattenTree } from './tree'

interface AgencyTreeProps {
  roots: AgencyNode[]
  /** The row of one agency, after its expand/collapse toggle. */
  row: (node: AgencyNode) => ComponentChildren
  /** Agencies that start open besides the top level (e.g. those above a ticked unit). */
  initiallyOpen?: Iterable<number>
  /** Shown after the row of a collapsed agency (e.g. how many ticked units it hides). */
  collapsedNote?: (node: AgencyNode) => ComponentChildren
}

/** Indentation stops growing here (admin.css has a rule per level), so a very deep tree stays readable on a phone. */
const MAX_INDENT = 12

/**
 * A collapsible tree of any depth; the top level starts open. The visible rows are rendered as
 * one flat list, indented by depth: nested lists thousands deep would overflow the renderer.
 */
export function AgencyTree({ roots, row, initiallyOpen = [], collapsedNote }: AgencyTreeProps) {
  const t = useT(agencyMessages)
  const [open, setOpen] = useState<Set<number>>(() => new Set([...roots.map((node) => node.agency.id), ...initiallyOpen]))
  const toggle = (id: number) =>
    setOpen((current) => {
      const next = new Set(current)
      if (!next.delete(id)) next.add(id)
      return next
    })
  const visible = flattenTree(roots, (node) => open.has(node.agency.id))

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
      <ul class="tree">
        {visible.map((node) => {
          const expanded = open.has(node.agency.id)
          const hasChildren = node.children.length > 0
          return (
            <li key={node.agency.id} class={node.agency.active ? undefined : 'inactive'} data-indent={Math.min(node.depth, MAX_INDENT)} data-depth={node.depth}>
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
                {hasChildren && !expanded && collapsedNote?.(node)}
              </div>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
