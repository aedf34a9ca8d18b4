import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { formatNumber } from '../../i18n/format';
import { isFiltering, useFilters } from '../../state/filters';
import { useNav } from '../../state/nav';
import { usePrefs } from '../../state/prefs';
import { useRecords } from '../../state/records';
import { BulkBar } from './BulkBar';
import { DemoNotice } from './DemoNotice';
import { ExportRecords } from './ExportRecords';
import { FilterBar } from './FilterBar';
import { RecordsTable } from './RecordsTable';

export function RecordsScreen() {
  const { t } = useTranslation();
  const lang = usePrefs((s) => s.lang);
  const total = useRecords((s) => s.total);
  const error = useRecords((s) => s.error);
  const filter = useFilters((s) => s.filter);
  const reset = useFilters((s) => s.reset);
  const go = useNav((s) => s.go);
  // First visit: load. Later visits show the cache, which saves elsewhere keep current (see state/events).
  useEffect(() => {
    if (useRecords.getState().generation === 0) useRecords.getState().reload();
  }, []);

  const filtering = isFiltering(filter);
  return (
    <section className="screen records-screen" aria-labelledby="records-title">
      <header className="screen-head">
        <h1 id="records-title">{t('records.title')}</h1>
        <span className="muted" aria-live="polite">{total == null ? '' : t('records.count', { n: formatNumber(total, lang) })}</span>
        <div className="head-actions">
          <button type="button" className="primary" onClick={() => go({ screen: 'record', id: 'new', kind: 'meeting' })} aria-keyshortcuts="n">
            {t('records.newMeeting')}
          </button>
          <button type="button" onClick={() => go({ screen: 'record', id: 'new', kind: 'plan' })}>{t('records.newPlan')}</button>
          <button type="button" onClick={() => go({ screen: 'record', id: 'new', kind: 'measure' })}>{t('records.newMeasure')}</button>
          <ExportRecords />
        </div>
      </header>
      <DemoNotice />
      <FilterBar />
      <BulkBar />
      {error && <p role="alert" className="error">{error}</p>}
      {total === 0 && !filtering && !error && <EmptyState />}
      {total === 0 && filtering && (
        <p className="empty">
          {t('empty.filtered')}{' '}
          <button type="button" className="link-btn" onClick={reset}>{t('empty.resetFilters')}</button>
        </p>
      )}
      {!!total && <RecordsTable />}
    </section>
  );
}
