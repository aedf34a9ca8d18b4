import { useEffect, useState } from 'react';
import { TimelineView } from '../../api/contract/export';
import type { SavedView } from '../../api/contract/saved-views';
import { encodeView } from '../../api/print/view-url';
import { api } from '../platform';
import { applyView, currentView } from './current-view';
import { useTranslation } from 'react-i18next';

/** The link that opens the timeline on a view (the app reads it on load; see TimelineScreen). */
export const viewLink = (code: string) => `${location.origin}${location.pathname}#/timeline?view=${code}`;

/** Named views kept in the database, and a copyable link for the current one. */
export function SavedViews() {
  const { t } = useTranslation('timeline');
  const [views, setViews] = useState<SavedView[]>([]);
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  const reload = () => api.savedViews.list({}).then(setViews, (e: Error) => setNote(e.message));
  useEffect(() => {
    void reload();
  }, []);

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return;
    try {
      await api.savedViews.put({ name: name.trim(), view: currentView() });
      setName('');
      await reload();
    } catch (err) {
      setNote((err as Error).message);
    }
  };
  const copy = async () => {
    const link = viewLink(encodeView(TimelineView.parse(currentView())));
    try {
      await navigator.clipboard.writeText(link);
      setNote(t('linkCopied'));
    } catch {
      // Clipboard refused (no permission): show the link to copy by hand.
      setNote(link);
    }
  };
  return (
    <details className="tl-menu">
      <summary>{t('savedViews')}</summary>
      <div className="tl-menu-body">
        {views.length === 0 ? (
          <p className="muted">{t('noViews')}</p>
        ) : (
          <ul className="tl-views">
            {views.map((v) => (
              <li key={v.name}>
                <button type="button" className="link-btn" onClick={() => applyView(v.view)}>{v.name}</button>
                <button type="button" className="tl-del" aria-label={`${t('common.delete')} ${v.name}`} onClick={() => api.savedViews.delete({ name: v.name }).then(reload)}>×</button>
              </li>
            ))}
          </ul>
        )}
        <form onSubmit={save} className="tl-save">
          <input aria-label={t('viewName')} placeholder={t('viewName')} value={name} onChange={(e) => setName(e.target.value)} maxLength={100} />
          <button type="submit">{t('saveView')}</button>
        </form>
        <button type="button" onClick={copy}>{t('copyLink')}</button>
        {note && <p className="tl-note" role="status">{note}</p>}
      </div>
    </details>
  );
}
