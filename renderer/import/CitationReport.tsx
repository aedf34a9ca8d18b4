import { useTranslation } from 'react-i18next';
import { CloseButton } from './CloseButton';
import type { CitationEntryError } from '../../api/contract/sources';
import { useNav } from '../state/nav';
import { useCitationImport, type CitationRun } from './state/citations';
import { useImportUi } from './state/ui';


/** What importing one reference manager's file did: sources added, duplicates (with the source they repeat), entries refused. */
function FileResult({ run, index }: { run: CitationRun; index: number }) {
  const { t, i18n } = useTranslation('import');
  const where = (e: { entry: string; line?: number }) => (e.line ? `${e.entry} · ${t('citations.line', { line: e.line })}` : e.entry);
  // The back end's code in the UI's language; its English words for a code this catalogue does not know.
  const say = (e: CitationEntryError) => (i18n.exists(`import:citations.msg.${e.code}`) ? t(`citations.msg.${e.code}` as never, e.params) : e.message);
  const go = useNav((s) => s.go);
  const setOpen = useImportUi((s) => s.setOpen);
  const importValid = useCitationImport((s) => s.importValid);
  const busy = useCitationImport((s) => s.busy);
  const r = run.result;
  const open = (id: string | null) => {
    if (!id) return;
    setOpen(false);
    go({ screen: 'sources', id });
  };
  const entryErrors = r.errors.filter((e) => e.entry !== 'file');
  return (
    <section className="citation-result" aria-label={run.file.name}>
      <h4>
        {run.file.name} <span className="muted">{r.format ? t(`citations.format.${r.format}`) : ''}</span>
      </h4>
      <p className={r.refused ? "citation-refused" : undefined} role="status">
        {r.refused
          ? t('citations.refused', { errors: r.errors.length })
          : t('citations.summary', { added: r.added.length, duplicates: r.duplicates.length })}
      </p>
      {r.refused && entryErrors.length > 0 && r.errors.every((e) => e.entry !== 'file') && (
        <button type="button" disabled={busy} onClick={() => void importValid(index)}>
          {t('citations.importValid')}
        </button>
      )}
      {r.errors.length > 0 && (
        <ul className="citation-list errors" aria-label={t('citations.errors')}>
          {r.errors.map((e, i) => (
            <li key={i}>
              <strong>{e.entry === 'file' ? t('citations.wholeFile') : where(e)}</strong>: {say(e)}
            </li>
          ))}
        </ul>
      )}
      {r.added.length > 0 && (
        <ul className="citation-list" aria-label={t('citations.added')}>
          {r.added.map((a, i) => (
            <li key={i}>
              <span className="badge ok">{t('citations.addedOne')}</span>{' '}
              {a.sourceId ? (
                <button type="button" className="link-btn" onClick={() => open(a.sourceId)}>{a.title}</button>
              ) : (
                a.title
              )}
            </li>
          ))}
        </ul>
      )}
      {r.duplicates.length > 0 && (
        <ul className="citation-list" aria-label={t('citations.duplicates')}>
          {r.duplicates.map((d, i) => (
            <li key={i}>
              <span className="badge">{t(`citations.by.${d.by}`)}</span>{' '}
              {d.duplicateOf ? (
                <button type="button" className="link-btn" onClick={() => open(d.duplicateOf)}>{d.title}</button>
              ) : (
                d.title
              )}
            </li>
          ))}
        </ul>
      )}
      {r.warnings.length > 0 && (
        <ul className="citation-list muted" aria-label={t('citations.warnings')}>
          {r.warnings.map((w, i) => (
            <li key={i}>
              {where(w)}: {say(w)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The report of a reference manager import, in the import dialog. */
export function CitationReport() {
  const { t } = useTranslation('import');
  const runs = useCitationImport((s) => s.runs);
  const busy = useCitationImport((s) => s.busy);
  const reset = useCitationImport((s) => s.reset);
  return (
    <div className="citation-report">
      <h3>{t('citations.report')}</h3>
      {busy && !runs.length && <p className="muted">{t('reading')}</p>}
      {runs.map((run, i) => (
        <FileResult key={i} run={run} index={i} />
      ))}
      <div className="dialog-actions">
        <button type="button" onClick={() => reset()}>{t('citations.again')}</button>
        <CloseButton reset={reset} />
      </div>
    </div>
  );
}
