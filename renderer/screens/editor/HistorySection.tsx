import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordVersion } from '../../../api/contract/records';
import { formatDateTime } from '../../i18n/format';
import { run } from '../../lib/run';
import { confirmAction } from '../../components/ConfirmDialog';
import { useEditor } from '../../state/editor';
import { usePrefs } from '../../state/prefs';
import { loadHistory, restoreVersion } from '../../state/record-history';
import { toast } from '../../state/toasts';

/** Earlier versions of the record: when each was replaced, by what, which fields changed; any can be brought back. */
export function HistorySection() {
  const { t } = useTranslation();
  const lang = usePrefs((s) => s.lang);
  const id = useEditor((s) => s.draft.id);
  // Reloaded after every save (the save may have added a version).
  const updatedAt = useEditor((s) => s.meta?.updatedAt);
  const [versions, setVersions] = useState<RecordVersion[] | null>(null);
  useEffect(() => {
    if (!id) return;
    let live = true;
    loadHistory(id).then((v) => live && setVersions(v), () => live && setVersions([]));
    return () => void (live = false);
  }, [id, updatedAt]);
  if (!id) return null;

  const field = (f: string) => t(`editor.${f}` as 'editor.title', { defaultValue: f });
  const restore = (v: RecordVersion) =>
    run(async () => {
      const at = formatDateTime(v.replacedAt, lang);
      if (!(await confirmAction({ title: t('editor.history.confirmRestore', { at }), confirm: t('editor.history.restore') }))) return;
      await restoreVersion(id, v.seq);
      toast(t('editor.history.restored', { at }));
    });

  return (
    <section className="form-section" aria-labelledby="sec-history">
      <h2 id="sec-history">{t('editor.sections.history')}</h2>
      {versions && !versions.length && <p className="muted">{t('editor.history.none')}</p>}
      <ol className="version-list">
        {versions?.map((v) => (
          <li key={v.seq}>
            <div className="version-head">
              <span>{formatDateTime(v.replacedAt, lang)}</span>
              <span className="muted">{t(`editor.history.reason.${v.reason}`)}</span>
              <button type="button" className="link-btn" onClick={() => restore(v)} aria-label={`${t('editor.history.restore')}: ${formatDateTime(v.replacedAt, lang)}`}>
                {t('editor.history.restore')}
              </button>
            </div>
            <div className="muted">{t('editor.history.changed', { fields: v.changed.map(field).join(lang === 'zh' ? '、' : ', ') || '—' })}</div>
            {v.changed.includes('title') && <div className="version-title">{v.title}</div>}
          </li>
        ))}
      </ol>
    </section>
  );
}
