import { useEffect, useId, useRef, useState } from 'react';
import type { ExportPhase, Paper, PrintView } from '../../api/contract/export';
import { platform } from '../platform';
import { currentView } from './current-view';
import { useTranslation } from 'react-i18next';
import { useLang } from './lang';

/** Export PDF: title and paper, then progress. Browser mode downloads (the browser names and never overwrites); Electron saves through its dialog. */
export function ExportPdf() {
  const { t } = useTranslation('timeline');
  const { t: tp } = useTranslation('print');
  const lang = useLang();
  const dialog = useRef<HTMLDialogElement>(null);
  const [title, setTitle] = useState('');
  const [paper, setPaper] = useState<Paper>('A4');
  const [notes, setNotes] = useState(true);
  const notesId = useId();
  const [phase, setPhase] = useState<ExportPhase | null>(null);
  const [progress, setProgress] = useState(0);
  const [message, setMessage] = useState('');
  const busy = phase !== null && phase !== 'done' && phase !== 'failed';
  // Leaving the screen stops waiting for the export (the server forgets a finished job after a while).
  const leaving = useRef<AbortController | null>(null);
  useEffect(() => {
    const ctl = new AbortController();
    leaving.current = ctl;
    return () => ctl.abort();
  }, []);

  const run = async (e: React.FormEvent) => {
    e.preventDefault();
    const view: PrintView = { ...currentView(), paper, notes, title: title.trim(), lang: lang.toLowerCase().startsWith('zh') ? 'zh' : 'en' };
    setMessage('');
    setPhase('queued');
    setProgress(0);
    try {
      const r = await platform.pdf.export(
        view,
        (p) => {
          setPhase(p.phase);
          setProgress(p.progress);
        },
        leaving.current?.signal,
      );
      setPhase('done');
      setMessage(r ? t('exported', { pages: r.pages }) : '');
    } catch (err) {
      setPhase('failed');
      setMessage(t('exportFailed', { message: (err as Error).message }));
    }
  };

  return (
    <>
      <button type="button" onClick={() => dialog.current?.showModal()}>{t('exportPdf')}</button>
      <dialog ref={dialog} className="tl-export" aria-labelledby="tl-export-title">
        <form onSubmit={run}>
          <h2 id="tl-export-title">{t('exportPdf')}</h2>
          <label>
            {t('exportTitle')}
            <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} disabled={busy} />
          </label>
          <label>
            {t('paper')}
            <select value={paper} onChange={(e) => setPaper(e.target.value as Paper)} disabled={busy}>
              <option value="A4">A4</option>
              <option value="A3">A3</option>
            </select>
          </label>
          <div className="inline-label">
            <input id={notesId} type="checkbox" checked={notes} onChange={(e) => setNotes(e.target.checked)} disabled={busy} />
            <label htmlFor={notesId}>{tp('includeNotes')}</label>
          </div>
          {phase && phase !== 'done' && phase !== 'failed' && (
            <div className="tl-progress" role="status">
              <progress max={1} value={progress} aria-label={t('exporting')} />
              <span>{t(`exportPhases.${phase}`)}</span>
            </div>
          )}
          {message && <p className={phase === 'failed' ? 'error' : 'tl-note'} role={phase === 'failed' ? 'alert' : 'status'}>{message}</p>}
          <div className="tl-dialog-actions">
            <button type="button" onClick={() => dialog.current?.close()}>{t('common.cancel')}</button>
            <button type="submit" disabled={busy}>{busy ? t('exporting') : t('startExport')}</button>
          </div>
        </form>
      </dialog>
    </>
  );
}
