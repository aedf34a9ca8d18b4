import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useDebouncedEffect } from '../../lib/useDebounced';
import { useNav } from '../../state/nav';
import { usePrefs } from '../../state/prefs';
import { routeToHash } from '../../state/route';
import { sourceRowAt, useSources, type SourceSort } from '../../state/sources';

const ROW_H = 54;

/** Every imported article, virtualised like the records table. */
export function SourceList({ currentId }: { currentId?: string }) {
  const { t } = useTranslation();
  const lang = usePrefs((s) => s.lang);
  const { total, pages, generation, ensure, text, setText, sort, setSort, error } = useSources();
  const go = useNav((s) => s.go);
  const [typed, setTyped] = useState(text);
  useDebouncedEffect(typed, 200, setText);
  const scroller = useRef<HTMLDivElement>(null);
  const v = useVirtualizer({ count: total ?? 0, getScrollElement: () => scroller.current, estimateSize: () => ROW_H, overscan: 10 });
  const items = v.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  useEffect(() => ensure(first, Math.max(last, first + 30)), [first, last, ensure, generation]);

  return (
    <div className="source-list">
      <div className="source-list-head">
        <input type="search" aria-label={t('sources.filter')} placeholder={t('sources.filter')} value={typed} onChange={(e) => setTyped(e.target.value)} />
        <select aria-label={t('sources.sort')} value={sort} onChange={(e) => setSort(e.target.value as SourceSort)}>
          <option value="-published">{t('sources.published')} ↓</option>
          <option value="published">{t('sources.published')} ↑</option>
          <option value="-created">{t('sources.imported')} ↓</option>
          <option value="title">{t('records.col.title')}</option>
        </select>
        <span className="muted">{total == null ? '' : t('sources.count', { n: formatNumber(total, lang) })}</span>
      </div>
      {error && <p role="alert" className="error">{error}</p>}
      <div className="source-scroll" ref={scroller}>
        <ul aria-label={t('sources.list')} style={{ height: v.getTotalSize(), position: 'relative' }}>
          {items.map((it) => {
            const s = sourceRowAt(pages, it.index);
            return (
              <li key={it.key} aria-setsize={total ?? 0} aria-posinset={it.index + 1} className={s?.id === currentId ? 'current' : undefined} style={{ transform: `translateY(${it.start}px)` }}>
                {s ? (
                  <a
                    href={routeToHash({ screen: 'sources', id: s.id })}
                    aria-current={s.id === currentId ? 'true' : undefined}
                    onClick={(e) => {
                      e.preventDefault();
                      go({ screen: 'sources', id: s.id });
                    }}
                  >
                    <span className="source-title">
                      {s.titleProvisional && <span className="provisional-badge">{t('sources.provisional')}</span>}
                      {s.title}
                    </span>
                    <span className="source-meta">
                      <span>{s.outlet}</span>
                      <span>{formatDateTime(s.publishedAt, lang)}</span>
                      {s.citedBy > 0 && <span className="cited">{t('sources.citedBy', { count: s.citedBy })}</span>}
                    </span>
                  </a>
                ) : (
                  <span className="muted">{t('common.loading')}</span>
                )}
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
