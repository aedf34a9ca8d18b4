import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupRow } from '../../../api/contract/backups';
import { confirmAction } from '../../components/ConfirmDialog';
import { formatDateTime } from '../../i18n/format';
import { run } from '../../lib/run';
import { useBackups } from '../../state/backups';
import { usePrefs } from '../../state/prefs';

const KNOWN = new Set(['daily', 'manual', 'before-migration', 'before-delete', 'before-purge', 'before-merge', 'before-import', 'before-demo', 'before-restore', 'before-bundle']);

export const reasonKey = (r: string) => (KNOWN.has(r) ? r : 'other') as 'other';

export function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** Asks first, then restores: the one way the UI replaces the database. */
export function useRestore() {
  const { t } = useTranslation('backups');
  const lang = usePrefs((s) => s.lang);
  const restore = useBackups((s) => s.restore);
  return (b: BackupRow) =>
    run(async () => {
      const at = formatDateTime(b.at, lang);
      if (await confirmAction({ title: t('restoreConfirm', { at, records: b.records ?? '?' }), confirm: t('restore'), danger: true })) await restore(b, at);
    });
}

export function BackupsScreen() {
  const { t } = useTranslation('backups');
  const { t: tApp } = useTranslation();
  const lang = usePrefs((s) => s.lang);
  const { status, list, busy, load, create } = useBackups();
  const restore = useRestore();
  useEffect(() => run(load), [load]);
  const writable = status?.mode === 'ok';
  return (
    <section className="screen backups-screen" aria-labelledby="backups-title">
      <header className="screen-head">
        <h1 id="backups-title">{t('title')}</h1>
        {list && <span className="muted">{tApp('common.total', { count: list.length })}</span>}
        <div className="head-actions">
          <button type="button" className="primary" disabled={busy || !writable} onClick={() => run(create)}>
            {busy ? t('creating') : t('create')}
          </button>
        </div>
      </header>
      <div className="backups-about">
        <p>{t('intro')}</p>
        {status && <p>{t('policy', { keep: status.policy.keep, weeks: status.policy.weeks })}</p>}
        {status?.dir && (
          <p>
            {t('folder')}: <code className="path">{status.dir}</code>
          </p>
        )}
        <p className="backup-last" role="status">
          {status?.last ? t('last', { at: formatDateTime(status.last.at, lang) }) : t('never')}
        </p>
      </div>
      {list && !list.length && <p className="empty">{t('empty')}</p>}
      {!!list?.length && (
        <table className="data-table backups-table">
          <thead>
            <tr>
              <th scope="col">{t('col.at')}</th>
              <th scope="col">{t('col.reason')}</th>
              <th scope="col" className="num">{t('col.records')}</th>
              <th scope="col" className="num">{t('col.size')}</th>
              <th scope="col"><span className="sr-only">{t('restore')}</span></th>
            </tr>
          </thead>
          <tbody>
            {list.map((b) => {
              const at = formatDateTime(b.at, lang);
              return (
                <tr key={b.name}>
                  <td className="nowrap">{at}</td>
                  <td>{t(`reason.${reasonKey(b.reason)}`)}</td>
                  <td className="num">{b.records === null ? t('unreadable') : t('recordsCount', { count: b.records })}</td>
                  <td className="num nowrap">{formatSize(b.size)}</td>
                  <td className="nowrap row-buttons">
                    <button type="button" disabled={busy || b.records === null} onClick={() => restore(b)} aria-label={t('restoreLabel', { at })}>
                      {t('restore')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
