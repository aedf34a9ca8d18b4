import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SourceDetail } from '../../../api/contract/sources';
import { formatDateTime } from '../../i18n/format';
import { offsetOf, paragraphs } from '../../lib/passages';
import { usePrefs } from '../../state/prefs';
import { confirmAction } from '../../components/ConfirmDialog';
import { run } from '../../lib/run';
import { useSources } from '../../state/sources';
import { CiteDialog } from './CiteDialog';
import { SourceMetaForm } from './SourceMetaForm';

interface Props {
  source: SourceDetail;
  /** The passage to scroll to and mark (a citation or a search hit). */
  at?: number;
  end?: number;
}

type Passage = { start: number; end: number; text: string };

/**
 * The article as plain text (imported HTML is never rendered as HTML). Cited
 * passages are marked; selecting text offers "Cite in…" with exact offsets
 * into source.body.
 */
export function SourceReader({ source, at, end }: Props) {
  const { t } = useTranslation();
  const lang = usePrefs((s) => s.lang);
  const bodyRef = useRef<HTMLDivElement>(null);
  const [selection, setSelection] = useState<Passage | null>(null);
  const [citing, setCiting] = useState<Passage | null>(null);
  const [view, setView] = useState<'cleaned' | 'original'>('cleaned');
  const [editing, setEditing] = useState(false);
  const [cleaning, setCleaning] = useState(false);
  const reclean = useSources((s) => s.reclean);
  const loadOriginal = useSources((s) => s.original);
  const [raw, setRaw] = useState<string | null>(null);
  useEffect(() => {
    setView('cleaned');
    setEditing(false);
    setRaw(null);
  }, [source.id]);
  useEffect(() => {
    if (view === 'original' && raw == null && source.hasOriginal) run(() => loadOriginal(source.id).then((o) => setRaw(o.raw)));
  }, [view, raw, source.id, source.hasOriginal, loadOriginal]);
  const target = at != null ? { start: at, end: end ?? at + 1 } : null;
  const cites = useMemo(
    () => source.citations.filter((c) => c.start != null && c.end != null).map((c) => ({ id: c.id, start: c.start!, end: c.end! })),
    [source.citations],
  );
  const paras = useMemo(() => paragraphs(source.body, cites, target), [source.body, cites, target?.start, target?.end]); // eslint-disable-line react-hooks/exhaustive-deps
  const titles = useMemo(() => new Map(source.citations.map((c) => [c.id, c.recordTitle])), [source.citations]);

  // Jump to the passage once it is on the page.
  useEffect(() => {
    if (at == null) return;
    const el = bodyRef.current?.querySelector('.target');
    el?.scrollIntoView({ block: 'center' });
  }, [source.id, at]);

  // Follow the text selection inside the body: it becomes the passage to cite.
  useEffect(() => {
    const onChange = () => {
      const sel = document.getSelection();
      const root = bodyRef.current;
      if (!sel || sel.isCollapsed || !root || !sel.rangeCount) return setSelection(null);
      const r = sel.getRangeAt(0);
      if (!root.contains(r.commonAncestorContainer)) return setSelection(null);
      const s = offsetOf(r.startContainer, r.startOffset, root);
      const e = offsetOf(r.endContainer, r.endOffset, root);
      if (s == null || e == null || e <= s) return setSelection(null);
      // Trim the whitespace a drag usually picks up at either end.
      const raw = source.body.slice(s, e);
      const lead = raw.length - raw.trimStart().length;
      const trail = raw.length - raw.trimEnd().length;
      if (raw.trim()) setSelection({ start: s + lead, end: e - trail, text: raw.trim() });
      else setSelection(null);
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [source.body]);

  return (
    <article className="reader" aria-labelledby="reader-title">
      <header className="reader-head">
        <h2 id="reader-title" className="reader-title">
          {source.titleProvisional && <span className="provisional-badge" title={t('sources.provisionalHint')}>{t('sources.provisional')}</span>}
          {source.title}
        </h2>
        <p className="reader-meta muted">
          {[source.outlet, formatDateTime(source.publishedAt, lang), source.reporter].filter(Boolean).join(' · ')}
        </p>
      </header>
      <div className="reader-tools">
        <div className="seg" role="group" aria-label={t('sourceEdit.view')}>
          {(['cleaned', 'original'] as const).map((v) => (
            <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)}>
              {t(`sourceEdit.${v}`)}
            </button>
          ))}
        </div>
        <button type="button" aria-expanded={editing} onClick={() => setEditing(!editing)}>
          {t('sourceEdit.edit')}
        </button>
        {source.hasOriginal && (
          <button
            type="button"
            disabled={cleaning}
            onClick={() =>
              run(async () => {
                if (!(await confirmAction({ title: t('sourceEdit.recleanConfirm'), confirm: t('sourceEdit.reclean') }))) return;
                setCleaning(true);
                try {
                  await reclean();
                  setView('cleaned');
                } finally {
                  setCleaning(false);
                }
              })
            }
          >
            {cleaning ? t('sourceEdit.recleaning') : t('sourceEdit.reclean')}
          </button>
        )}
      </div>
      {editing && <SourceMetaForm key={source.updatedAt} source={source} onDone={() => setEditing(false)} />}
      {view === 'original' ? (
        <section aria-label={t('sourceEdit.original')}>
          <p className="muted">{source.hasOriginal ? t('sourceEdit.originalNote') : t('sourceEdit.noOriginal')}</p>
          {source.hasOriginal && raw != null && <pre className="reader-original" lang="zh-CN">{raw}</pre>}
        </section>
      ) : (
        <>
          <div className="cite-bar" aria-live="polite">
            {selection ? (
              <button type="button" className="primary" onMouseDown={(e) => e.preventDefault()} onClick={() => setCiting(selection)}>
                {t('sources.citeSelection', { n: selection.end - selection.start })}
              </button>
            ) : (
              <span className="muted">{t('sources.citeHint')}</span>
            )}
          </div>
          <div className="reader-body" ref={bodyRef} lang="zh-CN">
            {paras.map((p) => (
              <p key={p.start}>
                {p.runs.map((r) => {
                  const text = source.body.slice(r.start, r.end);
                  const cls = [r.citations.length ? 'cited' : '', r.target ? 'target' : ''].filter(Boolean).join(' ');
                  return r.citations.length || r.target ? (
                    <mark key={r.start} data-o={r.start} className={cls} title={r.citations.map((id) => titles.get(id)).filter(Boolean).join(' / ') || undefined}>
                      {text}
                    </mark>
                  ) : (
                    <span key={r.start} data-o={r.start}>
                      {text}
                    </span>
                  );
                })}
              </p>
            ))}
          </div>
        </>
      )}
      <CiteDialog passage={citing} onClose={() => setCiting(null)} />
    </article>
  );
}
