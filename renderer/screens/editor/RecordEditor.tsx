import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordKind } from '../../../api/contract/common';
import { confirmAction } from '../../components/ConfirmDialog';
import { Field } from '../../components/Field';
import { formatDateTime } from '../../i18n/format';
import { isMod, MOD } from '../../lib/shortcuts';
import { copyRecordsMarkdown } from '../../state/markdown-copy';
import { fieldWords } from '../../lib/errors';
import { run } from '../../lib/run';
import { deleteRecords } from '../../state/bulk';
import { isDirty, useEditor } from '../../state/editor';
import { useNav } from '../../state/nav';
import type { Route } from '../../state/route';
import { newestVersion, restoreVersion } from '../../state/record-history';
import { usePrefs } from '../../state/prefs';
import { toast } from '../../state/toasts';
import { ActorsSection } from './ActorsSection';
import { BasicsSection } from './BasicsSection';
import { CitationsSection } from './CitationsSection';
import { HistorySection } from './HistorySection';
import { ContextSection } from './ContextSection';
import { LinksSection } from './LinksSection';
import { TagsSection } from './TagsSection';
import { TargetsSection } from './TargetsSection';
import { useDraft } from './hooks';

interface Props {
  id: string;
  kind?: RecordKind;
  planId?: string;
}

/** Every field of a record, saved in one call; leaving with unsaved changes always asks first. */
export function RecordEditor({ id, kind, planId }: Props) {
  const { t } = useTranslation();
  const lang = usePrefs((s) => s.lang);
  const previous = useNav((s) => s.previous);
  const ed = useEditor();
  const dirty = isDirty(ed);
  const go = useNav((s) => s.go);
  const recordKind = useDraft((d) => d.kind);
  const notes = useDraft((d) => d.notes);

  useEffect(() => {
    // After saving a new record the route switches to its id: the draft is already that record.
    const s = useEditor.getState();
    if (s.status === 'ready' && s.draft.id === id) return;
    void s.open(id, { kind, planId });
  }, [id, kind, planId]);

  // Guard in-app navigation and window close/reload.
  useEffect(() => {
    useNav.getState().setGuard(() => isDirty(useEditor.getState()));
    const onUnload = (e: BeforeUnloadEvent) => {
      if (!isDirty(useEditor.getState())) return;
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onUnload);
    return () => {
      useNav.getState().setGuard(null);
      window.removeEventListener('beforeunload', onUnload);
      useEditor.getState().close();
    };
  }, []);

  const save = async () => {
    const editing = useEditor.getState().draft.id;
    const before = editing ? await newestVersion(editing) : 0;
    const savedId = await useEditor.getState().save();
    if (!savedId) return;
    // A save that replaced a version can be undone from its toast: the version comes back (and this one joins the history).
    const added = editing ? await newestVersion(savedId) : 0;
    toast(t('toast.saved'), added > before ? { label: t('editor.history.undo'), run: () => restoreVersion(savedId, added) } : undefined);
    if (savedId !== id) go({ screen: 'record', id: savedId }, { replace: true, force: true });
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isMod(e) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        run(save);
      }
      // The record as saved, as Markdown for a paper (a new record has nothing saved to copy yet).
      const saved = useEditor.getState().draft.id;
      if (isMod(e) && e.shiftKey && e.key.toLowerCase() === 'c' && saved) {
        e.preventDefault();
        run(() => copyRecordsMarkdown([saved]));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (ed.status === 'idle' || ed.status === 'loading') return <p className="muted screen">{t('common.loading')}</p>;
  if (ed.status === 'missing')
    return (
      <section className="screen">
        <h1>{t('editor.titleEdit')}</h1>
        <p role="alert" className="error">{ed.loadError ?? t('editor.notFound')}</p>
        <button type="button" onClick={() => go({ screen: 'records' })}>{t('common.back')}</button>
      </section>
    );

  const errorList = Object.entries(ed.errors);
  // Back to the screen the record was opened from (the timeline keeps its window and lanes), else the records table.
  const backTo: Exclude<Route, { screen: 'record' }> = previous && previous.screen !== 'record' ? previous : { screen: 'records' };
  return (
    <section className="screen editor" aria-labelledby="editor-title">
      <form
        aria-labelledby="editor-title"
        onSubmit={(e) => {
          e.preventDefault();
          run(save);
        }}
      >
        <header className="screen-head editor-head">
          <button type="button" className="link-btn" onClick={() => go(backTo)}>
            ← {t(`nav.${backTo.screen}`)}
          </button>
          <h1 id="editor-title">{ed.draft.id ? t('editor.titleEdit') : t('editor.titleNew')}</h1>
          <span className={`save-state ${dirty ? 'dirty' : ''}`} aria-live="polite">
            {dirty ? t('editor.unsaved') : ed.meta ? t('editor.updatedAt', { at: formatDateTime(ed.meta.updatedAt, lang) }) : ''}
          </span>
          <div className="head-actions">
            {ed.draft.id && (
              <button type="button" title={`${MOD}+Shift+C`} onClick={() => run(() => copyRecordsMarkdown([ed.draft.id!]))}>
                {t('shortcuts.copyMarkdown')}
              </button>
            )}
            {ed.draft.id && (
              <button
                type="button"
                className="danger"
                onClick={() =>
                  run(async () => {
                    if (!(await confirmAction({ title: t('records.confirmDelete', { count: 1 }), confirm: t('common.delete'), danger: true }))) return;
                    await deleteRecords([ed.draft.id!]);
                    go({ screen: 'records' }, { force: true });
                  })
                }
              >
                {t('editor.delete')}
              </button>
            )}
            <button type="submit" className="primary" disabled={ed.status === 'saving'} aria-keyshortcuts="Control+S">
              {ed.status === 'saving' ? t('common.saving') : t('common.save')}
            </button>
          </div>
        </header>
        {errorList.length > 0 && (
          <div role="alert" className="error-summary">
            <strong>{t('editor.errorsSummary')}</strong>
            <ul>
              {errorList.map(([f, m]) => (
                <li key={f}>
                  {f === '_' ? m : `${fieldWords(f)}${lang === 'zh' ? '：' : ': '}${m}`}
                </li>
              ))}
            </ul>
          </div>
        )}
        <div className="editor-cols">
          <div className="editor-main">
            <BasicsSection />
            <ContextSection />
            <TagsSection />
            {recordKind !== 'meeting' && <TargetsSection />}
          </div>
          <div className="editor-side">
            <ActorsSection />
            <LinksSection />
            <CitationsSection />
            <section className="form-section" aria-labelledby="sec-notes">
              <h2 id="sec-notes">{t('editor.sections.notes')}</h2>
              <Field label={t('editor.notes')}>
                {({ id: fid }) => <textarea id={fid} rows={6} value={notes} onChange={(e) => ed.update({ notes: e.target.value })} />}
              </Field>
            </section>
            <HistorySection />
          </div>
        </div>
      </form>
    </section>
  );
}
