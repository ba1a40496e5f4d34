import type { ComponentChildren } from 'preact'
import { useT } from '../../i18n/translate'
import { adminMessages } from '../messages'

/** A form's buttons: submit (Lưu unless `label` says otherwise, off while `busy`), Hủy when there is `onCancel`, then `children`. */
export function FormActions({ busy, label, onCancel, children }: { busy: boolean; label?: string; onCancel?: () => void; children?: ComponentChildren }) {
  const common = useT(adminMessages)
  return (
    <div class="actions">
      <button type="submit" class="button primary" disabled={busy}>
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
