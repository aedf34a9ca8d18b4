import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

interface Props {
  /** The button's content. */
  label: ReactNode;
  /** Accessible name of the button when its content is not enough. */
  ariaLabel?: string;
  className?: string;
  children(close: () => void): ReactNode;
}

/** A button that opens a panel below it; Escape or a click outside closes it and focus returns to the button. */
export function Popover({ label, ariaLabel, className, children }: Props) {
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const btn = useRef<HTMLButtonElement>(null);
  const id = useId();
  const close = () => {
    setOpen(false);
    btn.current?.focus();
  };
  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (!box.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);
  return (
    <div
      className={`popover ${className ?? ''}`}
      ref={box}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          close();
        }
      }}
    >
      <button type="button" ref={btn} className="popover-btn" aria-expanded={open} aria-controls={id} aria-label={ariaLabel} onClick={() => setOpen(!open)}>
        {label}
      </button>
      {open && (
        <div className="popover-panel" id={id}>
          {children(close)}
        </div>
      )}
    </div>
  );
}
