import type { ComponentChildren } from 'preact'
import { useT } from '../../i18n/translate'
import { adminMessages } from '../messages'

/**
 * A form's buttons: submit (Lưu unless `label` says otherwise, off while `busy`; with `onSave`, a
 * plain button that calls it, for a card that is not a form), Hủy when there is `onCancel`, then `children`.
 */
export function FormActions(props: { busy: boolean; label?: string; onSave?: () => void; onCancel?: () => void; children?: ComponentChildren }) {
  const { busy, label, onSave, onCancel, children } = props
  const common = useT(adminMessages)
  return (
    <div class="actions">
      <button type={onSave ? 'button' : 'submit'} class="button primary" disabled={busy} onClick={onSave}>
        {label ?? common('common.save')}
      </button>
      {onCancel && (
        <button type="button" class="button" onClick={onCancel}>
          {common('common.cancel')}
        </button>
      )}
      {children}
    </div>
  )
}
