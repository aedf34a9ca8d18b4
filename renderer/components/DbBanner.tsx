import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/format';
import { run } from '../lib/run';
import { useRestore } from '../screens/backups/BackupsScreen';
import { useBackups } from '../state/backups';
import { useNav } from '../state/nav';
import { usePrefs } from '../state/prefs';

/** Says, above every screen, when the database was opened read-only (damaged, or where it cannot be written) and offers the newest good backup. */
export function DbBanner() {
  const { t } = useTranslation('backups');
  const lang = usePrefs((s) => s.lang);
  const status = useBackups((s) => s.status);
  const loadStatus = useBackups((s) => s.loadStatus);
  const go = useNav((s) => s.go);
  const restore = useRestore();
  useEffect(() => run(loadStatus), [loadStatus]);
  if (!status || status.mode === 'ok') return null;
  const s = status.suggested;
  return (
    <div className="db-banner" role="alert">
      {status.mode === 'corrupt' ? (
        <p>
          {t('banner.corrupt')} {s ? t('banner.corruptBackup', { at: formatDateTime(s.at, lang), records: s.records ?? '?' }) : t('banner.corruptNone')}
        </p>
      ) : (
        <p>{t('banner.readOnly')}</p>
      )}
      {status.detail && <p className="muted db-banner-detail">{status.detail}</p>}
      <div className="db-banner-actions">
        {status.mode === 'corrupt' && s && (
          <button type="button" className="primary" onClick={() => restore(s)}>{t('banner.restore')}</button>
        )}
        <button type="button" onClick={() => go({ screen: 'backups' })}>{t('banner.open')}</button>
      </div>
    </div>
  );
}

/** "Last backup: …" at the foot of the sidebar. */
export function LastBackup() {
  const { t } = useTranslation('backups');
  const lang = usePrefs((s) => s.lang);
  const last = useBackups((s) => s.status?.last);
  const loaded = useBackups((s) => s.status !== null);
  if (!loaded) return null;
  return <p className="last-backup muted">{last ? t('last', { at: formatDateTime(last.at, lang) }) : t('never')}</p>;
}
