import { useEffect, useRef, useState } from 'react';
import type { ExportPhase, Paper, PrintView } from '../../api/contract/export';
import { api } from '../platform';
import { currentView } from './current-view';
import { useTranslation } from 'react-i18next';
import { useLang } from './lang';

/**
 * What the Electron preload may add to window.chainline for PDF export: it
 * prints with webContents.printToPDF (export/electron.ts) and asks where to
 * save with a dialog. Resolves null when the user cancels.
 */
interface PdfBridge {
  exportPdf?: (view: PrintView) => Promise<{ file: string; pages: number } | null>;
}

const POLL_MS = 300;

function download(base64: string, fileName: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Export PDF: title and paper, then progress. Browser mode downloads (the browser names and never overwrites); Electron saves through its dialog. */
export function ExportPdf() {
  const { t } = useTranslation('timeline');
  const lang = useLang();
  const dialog = useRef<HTMLDialogElement>(null);
  const [title, setTitle] = useState('');
  const [paper, setPaper] = useState<Paper>('A4');
  const [phase, setPhase] = useState<ExportPhase | null>(null);
  const [progress, setProgress] = useState(0);
  const [message, setMessage] = useState('');
  const busy = phase !== null && phase !== 'done' && phase !== 'failed';
  // Leaving the screen stops polling (the server forgets a finished job after a while).
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => void (alive.current = false);
  }, []);

  const run = async (e: React.FormEvent) => {
    e.preventDefault();
    const view: PrintView = { ...currentView(), paper, title: title.trim(), lang: lang.toLowerCase().startsWith('zh') ? 'zh' : 'en' };
    setMessage('');
    setPhase('queued');
    setProgress(0);
    try {
      const bridge = (window as { chainline?: PdfBridge }).chainline;
      if (bridge?.exportPdf) {
        setPhase('printing');
        const r = await bridge.exportPdf(view);
        setPhase('done');
        setMessage(r ? t('exported', { pages: r.pages }) : '');
        return;
      }
      const { job } = await api.export.pdfStart({ view });
      while (alive.current) {
        const st = await api.export.pdfStatus({ job });
        setPhase(st.phase);
        setProgress(st.progress);
        if (st.phase === 'failed') throw new Error(st.error ?? 'failed');
        if (st.result) {
          download(st.result.pdfBase64, st.result.fileName);
          setMessage(t('exported', { pages: st.result.pages }));
          return;
        }
        await new Promise((r) => setTimeout(r, POLL_MS));
      }
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
