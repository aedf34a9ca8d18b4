import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SourceDetail } from '../../../api/contract/sources';
import { run } from '../../lib/run';
import { useNav } from '../../state/nav';
import { routeToHash } from '../../state/route';
import { useSources } from '../../state/sources';
import { SourceSuggestions } from '../../import/SourceSuggestions';
import { SourceHistory } from './SourceHistory';

/** Right-hand panel: who cites this source, the researcher's notes, import suggestions. */
export function SourceSide({ source }: { source: SourceDetail }) {
  const { t } = useTranslation();
  const go = useNav((s) => s.go);
  const saveNotes = useSources((s) => s.saveNotes);
  const remove = useSources((s) => s.remove);
  const [notes, setNotes] = useState(source.notes);
  useEffect(() => setNotes(source.notes), [source.id, source.notes]);
  const byRecord = new Map<string, { title: string; kind: string; quotes: { id: string; quote: string; start: number | null; end: number | null }[] }>();
  for (const c of source.citations) {
    const e = byRecord.get(c.recordId) ?? { title: c.recordTitle, kind: c.recordKind, quotes: [] };
    e.quotes.push({ id: c.id, quote: c.quote, start: c.start, end: c.end });
    byRecord.set(c.recordId, e);
  }
  const lost = source.citations.filter((c) => c.unanchoredAt);
  return (
    <aside className="source-side" aria-label={t('sources.citingRecords')}>
      {lost.length > 0 && (
        <section className="unanchored" aria-labelledby="unanchored-title">
          <h2 id="unanchored-title">{t('sourceEdit.unanchored')}</h2>
          <p className="muted">{t('sourceEdit.unanchoredHelp')}</p>
          <ul>
            {lost.map((c) => (
              <li key={c.id}>
                <q>{c.quote}</q>
                {' — '}
                <a href={routeToHash({ screen: 'record', id: c.recordId })} onClick={(e) => (e.preventDefault(), go({ screen: 'record', id: c.recordId }))}>
                  {c.recordTitle}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="citing-title">
        <h2 id="citing-title">{t('sources.citingRecords')}</h2>
        {!byRecord.size && <p className="muted">{t('sources.noCiting')}</p>}
        <ul className="citing-list">
          {[...byRecord].map(([id, r]) => (
            <li key={id}>
              <a href={routeToHash({ screen: 'record', id })} onClick={(e) => (e.preventDefault(), go({ screen: 'record', id }))}>
                {r.title}
              </a>
              {r.quotes.map((q) => (
                <button
                  key={q.id}
                  type="button"
                  className="quote-btn"
                  disabled={q.start == null}
                  onClick={() => q.start != null && go({ screen: 'sources', id: source.id, at: q.start, end: q.end ?? undefined }, { replace: true })}
                >
                  「{q.quote.length > 60 ? `${q.quote.slice(0, 60)}…` : q.quote}」
                </button>
              ))}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="notes-title">
        <h2 id="notes-title">{t('sources.notes')}</h2>
        <textarea aria-labelledby="notes-title" rows={5} value={notes} onChange={(e) => setNotes(e.target.value)} />
        {notes !== source.notes && (
          <button type="button" className="primary" onClick={() => run(() => saveNotes(notes))}>
            {t('common.save')}
          </button>
        )}
      </section>
      {source.url && (
        <section>
          <h2>{t('sources.url')}</h2>
          <p className="url">{source.url}</p>
        </section>
      )}
      <SourceHistory source={source} />
      <section className="suggestions-slot">
        <SourceSuggestions sourceId={source.id} />
      </section>
      <button type="button" className="danger" onClick={() => run(() => remove(source.id).then(() => go({ screen: 'sources' }, { replace: true })))}>
        {t('sources.delete')}
      </button>
    </aside>
  );
}
