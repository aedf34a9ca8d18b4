import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordRow } from '../../../api/contract/records';
import { formatRange, formatRangeShort } from '../../i18n/format';
import { isMod } from '../../lib/shortcuts';
import { run } from '../../lib/run';
import { deleteRecords, selectAllMatching } from '../../state/bulk';
import { useNav } from '../../state/nav';
import { usePrefs } from '../../state/prefs';
import { rowAt, useRecords } from '../../state/records';
import { routeToHash } from '../../state/route';
import { useSelection } from '../../state/selection';
import { copyRecordsMarkdown } from '../../state/markdown-copy';
import { confirmAction } from '../../components/ConfirmDialog';
import { ariaSort, COLUMNS, nextSort } from './columns';

const ROW_H = 30;

/**
 * The records table: a virtualised ARIA grid over the paged API. Only the rows
 * on screen (plus overscan) exist in the DOM, and pages are fetched as they
 * scroll into view, so 100,000 records cost what 50 do.
 */
export function RecordsTable() {
  const { t } = useTranslation();
  const lang = usePrefs((s) => s.lang);
  const sort = usePrefs((s) => s.recordSort);
  const setSort = usePrefs((s) => s.setRecordSort);
  const { total, pages, ensure, generation, query } = useRecords();
  const sel = useSelection();
  const go = useNav((s) => s.go);
  const scroller = useRef<HTMLDivElement>(null);
  const count = total ?? 0;

  // The header row sits inside the scroller (sticky), so the grid is one focusable, scrollable element.
  const v = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_H,
    overscan: 15,
    scrollMargin: ROW_H,
    scrollPaddingStart: ROW_H,
  });
  const items = v.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  useEffect(() => ensure(first, Math.max(last, first + 50)), [first, last, ensure, generation]);
  // Back from the editor: the row that was opened is in view again. A new query starts at the top.
  useEffect(() => {
    if (useSelection.getState().active > 0) v.scrollToIndex(useSelection.getState().active, { align: 'center' });
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  const firstQuery = useRef(query);
  useEffect(() => {
    if (query !== firstQuery.current) scroller.current?.scrollTo({ top: 0 });
  }, [query]);

  const open = (r: RecordRow) => go({ screen: 'record', id: r.id });
  const activeRow = rowAt(pages, sel.active);

  const clickRow = (e: MouseEvent, i: number, r: RecordRow | undefined) => {
    sel.setActive(i);
    if (!r) return;
    if (e.shiftKey && sel.anchor != null) {
      const [a, b] = sel.anchor < i ? [sel.anchor, i] : [i, sel.anchor];
      const ids: string[] = [];
      for (let k = a; k <= b; k++) {
        const row = rowAt(pages, k);
        if (row) ids.push(row.id);
      }
      sel.add(ids);
    } else if (isMod(e)) sel.toggle(r.id, i);
  };

  const onKey = (e: KeyboardEvent) => {
    const move = (to: number) => {
      const i = Math.max(0, Math.min(count - 1, to));
      sel.setActive(i);
      v.scrollToIndex(i, { align: 'auto' });
    };
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 600) / ROW_H) - 1);
    if (isMod(e) && e.shiftKey && e.key.toLowerCase() === 'c') {
      // The selection, or the row under the cursor, as Markdown for a paper.
      const ids = sel.ids.size ? [...sel.ids] : activeRow ? [activeRow.id] : [];
      e.preventDefault();
      run(() => copyRecordsMarkdown(ids));
      return;
    }
    if (isMod(e) && e.key.toLowerCase() === 'a') {
      e.preventDefault();
      run(selectAllMatching);
      return;
    }
    if (isMod(e) || e.altKey) return;
    switch (e.key) {
      case 'ArrowDown':
      case 'j':
        move(sel.active + 1);
        break;
      case 'ArrowUp':
      case 'k':
        move(sel.active - 1);
        break;
      case 'PageDown':
        move(sel.active + page);
        break;
      case 'PageUp':
        move(sel.active - page);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(count - 1);
        break;
      case 'Enter':
        if (activeRow) open(activeRow);
        break;
      case ' ':
      case 'x':
        if (activeRow) sel.toggle(activeRow.id, sel.active);
        break;
      case 'Delete':
      case 'Backspace': {
        const ids = sel.ids.size ? [...sel.ids] : activeRow ? [activeRow.id] : [];
        if (!ids.length) break;
        run(async () => {
          if (await confirmAction({ title: t('records.confirmDelete', { count: ids.length }), confirm: t('common.delete'), danger: true })) await deleteRecords(ids);
        });
        break;
      }
      default:
        return;
    }
    e.preventDefault();
  };

  return (
    <div
      className="rec-table"
      ref={scroller}
      role="grid"
      aria-label={t('records.table')}
      aria-rowcount={count + 1}
      aria-multiselectable="true"
      aria-activedescendant={count ? `rec-row-${sel.active}` : undefined}
      tabIndex={0}
      onKeyDown={onKey}
    >
      <div className="rec-head" role="rowgroup">
        <div className="rec-grid rec-row head" role="row" aria-rowindex={1}>
          {COLUMNS.map((c) => (
            <div key={c.id} role="columnheader" className={`col-${c.id}`} aria-sort={ariaSort(sort, c.sort)}>
              {c.id === 'select' ? (
                <span className="sr-only">{t('records.col.select')}</span>
              ) : c.sort ? (
                <button type="button" className="sort-btn" tabIndex={-1} onClick={() => setSort(nextSort(sort, c.sort!))} title={t('records.sortBy', { col: t(`records.col.${c.id}`) })}>
                  {t(`records.col.${c.id}`)}
                  <span aria-hidden="true" className="sort-mark">
                    {ariaSort(sort, c.sort) === 'ascending' ? '▲' : ariaSort(sort, c.sort) === 'descending' ? '▼' : ''}
                  </span>
                </button>
              ) : (
                t(`records.col.${c.id}`)
              )}
            </div>
          ))}
        </div>
      </div>
      <div className="rec-body" role="rowgroup" style={{ height: v.getTotalSize(), position: 'relative' }}>
          {items.map((it) => {
            const r = rowAt(pages, it.index);
            const selected = !!r && sel.ids.has(r.id);
            return (
              <div
                key={it.key}
                id={`rec-row-${it.index}`}
                role="row"
                aria-rowindex={it.index + 2}
                aria-selected={selected}
                className={`rec-grid rec-row${selected ? ' selected' : ''}${it.index === sel.active ? ' active' : ''}`}
                style={{ transform: `translateY(${it.start - ROW_H}px)` }}
                onClick={(e) => clickRow(e, it.index, r)}
                onDoubleClick={() => r && open(r)}
              >
                {r ? <Cells r={r} index={it.index} selected={selected} lang={lang} /> : <div role="gridcell" className="loading-cell">{t('records.loadingRows')}</div>}
              </div>
            );
          })}
      </div>
    </div>
  );
}

function Cells({ r, index, selected, lang }: { r: RecordRow; index: number; selected: boolean; lang: 'zh' | 'en' }) {
  const { t } = useTranslation();
  const toggle = useSelection((s) => s.toggle);
  const chains = r.chains.map((c) => c.name).join('、');
  const regions = r.regions.map((c) => c.name).join('、');
  return (
    <>
      <div role="gridcell" className="col-select">
        <input type="checkbox" tabIndex={-1} checked={selected} aria-label={`${t('records.col.select')} ${r.title}`} onClick={(e) => e.stopPropagation()} onChange={() => toggle(r.id, index)} />
      </div>
      <div role="gridcell" className="col-date" title={formatRange(r.dateStart, r.dateEnd, lang)}>{formatRangeShort(r.dateStart, r.dateEnd, lang)}</div>
      <div role="gridcell" className="col-kind">
        <span className={`kind-badge kind-${r.kind}`}>{r.subkind && r.subkind !== 'other' ? t(`subkinds.${r.subkind}`) : t(`kindsShort.${r.kind}`)}</span>
      </div>
      <div role="gridcell" className="col-title" title={r.title}>
        <a href={routeToHash({ screen: 'record', id: r.id })} tabIndex={-1} onClick={(e) => {
          e.preventDefault();
          e.stopPropagation();
          useSelection.getState().setActive(index);
          useNav.getState().go({ screen: 'record', id: r.id });
        }}>
          {r.title}
        </a>
      </div>
      <div role="gridcell" className="col-chains" title={chains}>{chains}</div>
      <div role="gridcell" className="col-regions" title={regions}>{regions}</div>
      <div role="gridcell" className="col-status">{r.status ? t(`statuses.${r.status}`) : ''}</div>
      <div role="gridcell" className="col-sources num">{r.sourceCount || ''}</div>
    </>
  );
}
