import type { PrintStrings } from './strings';

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

export function Cover({ info, s }: { info: CoverInfo; s: PrintStrings }) {
  return (
    <div className="cover">
      <div className="cover-brand">{s.brand}</div>
      <h1 className="cover-title">{info.title}</h1>
      <dl className="cover-meta">
        <dt>{s.generated}</dt>
        <dd>{info.generated}</dd>
        <dt>{s.window}</dt>
        <dd>{info.window}</dd>
        <dt>{s.lanes}</dt>
        <dd>{info.lanes}</dd>
        <dt>{s.filters}</dt>
        <dd>{info.filters.length ? info.filters.map((f) => <div key={f}>{f}</div>) : s.noFilters}</dd>
        <dt />
        <dd>{info.counts}</dd>
        {info.notes.map((n) => (
          <dd key={n} className="note">{n}</dd>
        ))}
      </dl>
      <nav className="cover-contents" aria-label={s.contents}>
        <h2>{s.contents}</h2>
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
