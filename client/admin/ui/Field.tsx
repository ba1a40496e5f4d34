import { type ComponentChildren, cloneElement, type VNode } from 'preact'

interface FieldProps {
  id: string
  label: ComponentChildren
  error?: string | undefined
  hint?: ComponentChildren
  /** One input, select or textarea: it gets the id and is marked invalid when there is an error. */
  children: VNode<Record<string, unknown>>
}

/** A labelled form control with its error (from the API or the form) right under it. */
export function Field({ id, label, error, hint, children }: FieldProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      <label for={id}>{label}</label>
      {cloneElement(children, { id, 'aria-invalid': error ? 'true' : undefined, 'aria-describedby': describedBy })}
      {hint && (
        <small id={`${id}-hint`} class="field-hint">
          {hint}
        </small>
      )}
      {error && (
        <p id={`${id}-error`} class="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}
