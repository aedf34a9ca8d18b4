import { useTranslation } from 'react-i18next';
import { run } from '../lib/run';
import { useToasts } from '../state/toasts';

/** Messages and undo offers, announced politely to screen readers (errors assertively). */
export function Toasts() {
  const { t } = useTranslation();
  const toasts = useToasts((s) => s.toasts);
  const dismiss = useToasts((s) => s.dismiss);
  return (
    <div className="toasts" aria-live="polite">
      {toasts.map((m) => (
        <div key={m.id} className={`toast toast-${m.kind}`} role={m.kind === 'error' ? 'alert' : 'status'}>
          <span className="toast-msg">{m.message}</span>
          {m.action && (
            <button
              type="button"
              className="toast-action"
              onClick={() => {
                dismiss(m.id);
                run(m.action!.run);
              }}
            >
              {m.action.label}
            </button>
          )}
          <button type="button" className="icon-btn" aria-label={t('toast.dismiss')} onClick={() => dismiss(m.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
