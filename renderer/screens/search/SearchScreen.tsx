import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Highlighted } from '../../components/Highlighted';
import { formatDate, formatDateTime } from '../../i18n/format';
import { useNav } from '../../state/nav';
import { usePrefs } from '../../state/prefs';
import { routeToHash, type Route } from '../../state/route';
import { useSearch, type Scope } from '../../state/search';

export function SearchScreen({ q }: { q?: string }) {
  const { t } = useTranslation();
  const lang = usePrefs((s) => s.lang);
  const { query, scope, result, loading, error, setQuery, setScope } = useSearch();
  const go = useNav((s) => s.go);
  useEffect(() => {
    if (q && q !== useSearch.getState().query) setQuery(q);
  }, [q, setQuery]);

  const link = (route: Route, children: React.ReactNode) => (
    <a href={routeToHash(route)} onClick={(e) => (e.preventDefault(), go(route))}>
      {children}
    </a>
  );
  const none = result && !result.records.total && !result.sources.total;
  // Open a source at its first hit, marking the hit itself (the snippet's first highlighted segment).
  const at = (h: { id: string; snippet: { firstHit: number; segments: { text: string; hit: boolean }[] } }): Route =>
    h.snippet.firstHit >= 0
      ? { screen: 'sources', id: h.id, at: h.snippet.firstHit, end: h.snippet.firstHit + (h.snippet.segments.find((s) => s.hit)?.text.length ?? 1) }
      : { screen: 'sources', id: h.id };
  return (
    <section className="screen search-screen" aria-labelledby="search-title">
      <header className="screen-head">
        <h1 id="search-title">{t('search.title')}</h1>
      </header>
      <form role="search" className="search-form" onSubmit={(e) => e.preventDefault()}>
        <input
          id="search-box"
          type="search"
          aria-label={t('search.label')}
          placeholder={t('search.placeholder')}
          value={query}
          autoFocus
          onChange={(e) => {
            setQuery(e.target.value);
            // Keep the query in the address so Back returns to these results.
            history.replaceState(null, '', routeToHash({ screen: 'search', q: e.target.value || undefined }));
          }}
        />
        <fieldset className="toggles">
          <legend className="sr-only">{t('search.label')}</legend>
          {(['all', 'records', 'sources'] as Scope[]).map((s) => (
            <label key={s} className={scope === s ? 'on' : undefined}>
              <input type="radio" name="scope" checked={scope === s} onChange={() => setScope(s)} />
              {t(`search.scope.${s}`)}
            </label>
          ))}
        </fieldset>
        {loading && <span className="muted">{t('common.loading')}</span>}
      </form>
      {error && <p role="alert" className="error">{error}</p>}
      {!query.trim() && <p className="empty">{t('search.prompt')}</p>}
      {none && <p className="empty">{t('search.none', { q: result.query })}</p>}
      <div className="search-results">
        {result && scope !== 'sources' && result.records.total > 0 && (
          <section aria-labelledby="hits-records">
            <h2 id="hits-records">{t(result.records.atLeast ? 'search.recordsAtLeast' : 'search.records', { count: result.records.total })}</h2>
            <ol className="hit-list">
              {result.records.hits.map((h) => (
                <li key={h.id}>
                  <div className="hit-title">
                    <span className={`kind-badge kind-${h.kind}`}>{t(`kindsShort.${h.kind}`)}</span>
                    {link({ screen: 'record', id: h.id }, <Highlighted h={h.title} />)}
                    <span className="muted">{formatDate(h.dateStart, lang)}</span>
                  </div>
                  {h.snippet.segments.length > 0 && <p className="snippet"><Highlighted h={h.snippet} /></p>}
                </li>
              ))}
            </ol>
          </section>
        )}
        {result && scope !== 'records' && result.sources.total > 0 && (
          <section aria-labelledby="hits-sources">
            <h2 id="hits-sources">{t(result.sources.atLeast ? 'search.sourcesAtLeast' : 'search.sources', { count: result.sources.total })}</h2>
            <ol className="hit-list">
              {result.sources.hits.map((h) => (
                <li key={h.id}>
                  <div className="hit-title">
                    {link(at(h), <Highlighted h={h.title} />)}
                    <span className="muted">{h.outlet} {formatDateTime(h.publishedAt, lang)}</span>
                  </div>
                  {h.snippet.segments.length > 0 && (
                    <p className="snippet">
                      {link(at(h), <Highlighted h={h.snippet} />)}
                    </p>
                  )}
                </li>
              ))}
            </ol>
          </section>
        )}
      </div>
    </section>
  );
}
