import { formatNumber } from '../i18n/format';
import { usePrefs } from '../state/prefs';
import { useTranslation } from 'react-i18next';
import { useImportRun } from './state/run';

/** Files done of total with the three counts; Cancel while running, the outcome once finished. */
export function ImportProgress() {
  const { t } = useTranslation('import');
  const phase = useImportRun((s) => s.phase);
  const done = useImportRun((s) => s.done);
  const total = useImportRun((s) => s.total);
  const counts = useImportRun((s) => s.counts);
  const cancelled = useImportRun((s) => s.cancelled);
  const seconds = useImportRun((s) => s.seconds);
  const cancel = useImportRun((s) => s.cancel);
  const lang = usePrefs((s) => s.lang);
  const n = (x: number) => formatNumber(x, lang);
  return (
    <div className="import-progress">
      <progress aria-label={t('progressLabel')} max={Math.max(total, 1)} value={done} />
      <p className="import-progress-line" aria-live="polite">
        <span className="import-done">{t('progress', { done: n(done), total: n(total) })}</span>
        <span className="import-count imported">{t('counts.imported', { n: n(counts.imported) })}</span>
        <span className="import-count duplicate">{t('counts.duplicate', { n: n(counts.duplicate) })}</span>
        <span className="import-count failed">{t('counts.failed', { n: n(counts.failed) })}</span>
      </p>
      {phase === 'running' && (
        <div className="dialog-actions">
          <button type="button" className="danger" onClick={cancel}>{t('cancel')}</button>
        </div>
      )}
      {phase === 'cancelling' && <p className="muted" role="status">{t('cancelling')}</p>}
      {phase === 'done' && (
        <p role="status" className={cancelled ? 'import-note warn' : 'import-note'}>
          {cancelled ? t('cancelledNote', { kept: n(counts.imported), left: n(total - done) }) : t('doneNote', { seconds: seconds.toFixed(1) })}
        </p>
      )}
    </div>
  );
}
