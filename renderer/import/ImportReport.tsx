import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import { formatNumber } from '../i18n/format';
import { useNav } from '../state/nav';
import { usePrefs } from '../state/prefs';
import { routeToHash } from '../state/route';
import { useTranslation } from 'react-i18next';
import { useImportRun, type ReportRow } from './state/run';
import { useImportUi, type ReportFilter } from './state/ui';

const ROW_H = 30;
const FILTERS: ReportFilter[] = ['all', 'failed', 'duplicate'];

/** One row per file (virtualised: a folder can hold thousands), filterable to the failures. */
export function ImportReport() {
  const { t } = useTranslation('import');
  const rows = useImportRun((s) => s.rows);
  const reset = useImportRun((s) => s.reset);
  const filter = useImportUi((s) => s.filter);
  const setFilter = useImportUi((s) => s.setFilter);
  const setOpen = useImportUi((s) => s.setOpen);
  const go = useNav((s) => s.go);
  const lang = usePrefs((s) => s.lang);
  const shown = useMemo(() => (filter === 'all' ? rows : rows.filter((r) => r.status === filter)), [rows, filter]);
  const n = (f: ReportFilter) => (f === 'all' ? rows.length : rows.filter((r) => r.status === f).length);
  const scroller = useRef<HTMLDivElement>(null);
  const v = useVirtualizer({ count: shown.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_H, overscan: 12 });

  const open = (r: ReportRow) => {
    const id = r.sourceId ?? r.duplicateOf;
    if (!id) return;
    setOpen(false);
    go({ screen: 'sources', id });
  };

  return (
    <section className="import-report" aria-labelledby="import-report-title">
      <div className="import-report-head">
        <h3 id="import-report-title">{t('report')}</h3>
        <div className="toggles" role="radiogroup" aria-label={t('filter.label')}>
          {FILTERS.map((f) => (
            <label key={f} className={filter === f ? 'on' : undefined}>
              <input type="radio" name="import-filter" checked={filter === f} onChange={() => setFilter(f)} />
              {t(`filter.${f}`, { n: formatNumber(n(f), lang) })}
            </label>
          ))}
        </div>
      </div>
      <div className="import-table" role="table" aria-label={t('report')} aria-rowcount={shown.length + 1}>
        <div className="import-row head" role="row">
          <span role="columnheader">{t('col.file')}</span>
          <span role="columnheader">{t('col.status')}</span>
          <span role="columnheader">{t('col.reason')}</span>
          <span role="columnheader">{t('col.title')}</span>
        </div>
        <div className="import-scroll" ref={scroller}>
          {!shown.length && <p className="muted import-none">{t('noRows')}</p>}
          <div role="rowgroup" style={{ height: v.getTotalSize(), position: 'relative' }}>
            {v.getVirtualItems().map((it) => {
              const r = shown[it.index];
              const id = r.sourceId ?? r.duplicateOf;
              return (
                <div key={it.key} role="row" aria-rowindex={it.index + 2} className={`import-row ${r.status}`} style={{ transform: `translateY(${it.start}px)` }}>
                  <span role="cell" className="import-file" title={r.file}>{r.file}</span>
                  <span role="cell"><span className={`import-status ${r.status}`}>{t(`status.${r.status}`)}</span></span>
                  <span role="cell" className="import-reason" title={r.error ?? undefined}>
                    {r.status === 'duplicate' ? t('duplicateOf') : (r.error ?? '')}
                  </span>
                  <span role="cell" className="import-title">
                    {id && r.title ? (
                      <a
                        href={routeToHash({ screen: 'sources', id })}
                        onClick={(e) => {
                          e.preventDefault();
                          open(r);
                        }}
                      >
                        {r.title}
                      </a>
                    ) : (
                      (r.title ?? '')
                    )}
                  </span>
                </div>
              );
            })}
          </div>
        </div>
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={reset}>{t('again')}</button>
        <button type="button" className="primary" onClick={() => setOpen(false)}>{t('common.close')}</button>
      </div>
    </section>
  );
}
