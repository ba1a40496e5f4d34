import type { ComponentChildren } from 'preact'

export function Alert({ kind = 'error', children }: { kind?: 'error' | 'info' | 'warning' | 'success'; children: ComponentChildren }) {
  return (
    <div class={`alert alert-${kind}`} role={kind === 'error' || kind === 'warning' ? 'alert' : 'status'}>
      {children}
    </div>
  )
}
