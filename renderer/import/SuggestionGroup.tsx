import { useState, type ReactNode } from 'react';
import type { Span } from '../../import/types';
import { useTranslation } from 'react-i18next';
import { inBody } from './lib/suggestions';

export interface SuggestionItem {
  key: string;
  span: Span;
  label: ReactNode;
  detail?: string;
  /** The one action that turns this suggestion into a draft record. */
  action?: { label: string; run(): void };
}

interface Props {
  id: string;
  title: string;
  items: SuggestionItem[];
  /** The span highlighted in the text right now. */
  active: { start: number; end: number } | null;
  busy: boolean;
  onShow(span: Span): void;
}

const FIRST = 6;

/** One kind of suggestion; a click shows its words in the text, the side button drafts a record from it. */
export function SuggestionGroup({ id, title, items, active, busy, onShow }: Props) {
  const { t } = useTranslation('import');
  const [all, setAll] = useState(false);
  if (!items.length) return null;
  const shown = all ? items : items.slice(0, FIRST);
  return (
    <section className="suggest-group" aria-labelledby={id}>
      <h3 id={id}>
        {title} <span className="count">{items.length}</span>
      </h3>
      <ul>
        {shown.map((it) => {
          const body = inBody(it.span);
          const on = !!active && body && active.start === it.span.start && active.end === it.span.end;
          return (
            <li key={it.key}>
              <button type="button" className="suggest-item" aria-pressed={on} disabled={!body} onClick={() => onShow(it.span)}>
                <span className="suggest-label">{it.label}</span>
                {it.detail && <span className="suggest-detail">{it.detail}</span>}
                {!body && <span className="suggest-detail">{t('suggest.inTitle')}</span>}
              </button>
              {it.action && (
                <button type="button" className="link-btn suggest-action" disabled={busy} onClick={it.action.run}>
                  {it.action.label}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {items.length > FIRST && (
        <button type="button" className="link-btn" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t('suggest.less') : t('suggest.more', { n: items.length - FIRST })}
        </button>
      )}
    </section>
  );
}
