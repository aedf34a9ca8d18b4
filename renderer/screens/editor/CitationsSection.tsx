import { useTranslation } from 'react-i18next';
import { useEditor } from '../../state/editor';
import { useNav } from '../../state/nav';
import { routeToHash } from '../../state/route';
import { useDraft } from './hooks';

/** The sources this record rests on, with the quoted sentence; a click opens the source at that sentence. */
export function CitationsSection() {
  const { t } = useTranslation();
  const citations = useDraft((d) => d.citations);
  const edit = useEditor((s) => s.edit);
  const go = useNav((s) => s.go);
  return (
    <section className="form-section" aria-labelledby="sec-citations">
      <h2 id="sec-citations">{t('editor.sections.citations')}</h2>
      {!citations.length && <p className="muted">{t('editor.noCitations')}</p>}
      <ul className="citation-list">
        {citations.map((c) => {
          const route = { screen: 'sources' as const, id: c.sourceId, ...(c.start != null ? { at: c.start, end: c.end ?? undefined } : {}) };
          return (
            <li key={c.key}>
              <div className="citation-head">
                <a href={routeToHash(route)} title={t('editor.openCitation')} onClick={(e) => (e.preventDefault(), go(route))}>
                  {c.sourceTitle}
                </a>
                <span className="muted">{c.outlet}</span>
                <button type="button" className="icon-btn" aria-label={`${t('editor.removeCitation')}: ${c.sourceTitle}`} onClick={() => edit((d) => ({ ...d, citations: d.citations.filter((x) => x.key !== c.key) }))}>
                  ×
                </button>
              </div>
              {c.quote && (
                <blockquote>
                  <a href={routeToHash(route)} className="quote-link" onClick={(e) => (e.preventDefault(), go(route))}>
                    {c.quote}
                  </a>
                </blockquote>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
