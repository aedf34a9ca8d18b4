import type { PrintT } from './i18n';

export interface CoverInfo {
  title: string;
  generated: string;
  filters: string[];
  window: string;
  lanes: string;
  paper: string;
  counts: string;
  notes: string[];
  contents: { label: string; page: number }[];
}

export function Cover({ info, t }: { info: CoverInfo; t: PrintT }) {
  return (
    <div className="cover">
      <div className="cover-brand">{t('brand')}</div>
      <h1 className="cover-title">{info.title}</h1>
      <dl className="cover-meta">
        <dt>{t('generated')}</dt>
        <dd>{info.generated}</dd>
        <dt>{t('window')}</dt>
        <dd>{info.window}</dd>
        <dt>{t('lanes')}</dt>
        <dd>{info.lanes}</dd>
        <dt>{t('filters')}</dt>
        <dd>{info.filters.length ? info.filters.map((f) => <div key={f}>{f}</div>) : t('noFilters')}</dd>
        <dt />
        <dd>{info.counts}</dd>
        {info.notes.map((n) => (
          <dd key={n} className="note">{n}</dd>
        ))}
      </dl>
      <nav className="cover-contents" aria-label={t('contents')}>
        <h2>{t('contents')}</h2>
        <ol>
          {info.contents.map((c) => (
            <li key={c.label}>
              <span>{c.label}</span>
              <span className="dots" />
              <span>{c.page}</span>
            </li>
          ))}
        </ol>
      </nav>
    </div>
  );
}
