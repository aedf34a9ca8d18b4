import { useId, type ReactNode } from 'react';

interface Props {
  label: string;
  /** The API's complaint about this field, shown beside it and tied to the input for screen readers. */
  error?: string;
  hint?: string;
  className?: string;
  children(ids: { id: string; describedBy: string | undefined; invalid: boolean }): ReactNode;
}

export function Field({ label, error, hint, className, children }: Props) {
  const id = useId();
  const errId = `${id}-err`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errId : '', hint ? hintId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field ${error ? 'has-error' : ''} ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, describedBy, invalid: !!error })}
      {hint && !error && (
        <span id={hintId} className="hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={errId} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
