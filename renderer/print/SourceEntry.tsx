import type { ReportSource } from '../../api/contract/export';
import type { PrintT } from './i18n';

/** One source as a colleague needs it to find it again: outlet, date, title, and the address in full (wrapped, never cut). */
export function SourceEntry({ n, src, t }: { n: number; src: ReportSource; t: PrintT }) {
  return (
    <li className="source" value={n}>
      <span className="cite-n">[{n}]</span>
      <span className="src-body">
        <span className="src-meta">
          {src.outlet && <>{src.outlet} · </>}
          {src.publishedAt ? src.publishedAt.slice(0, 10) : <span className="muted">{t('noDate')}</span>}
        </span>
        <span className="src-title">《{src.title}》</span>
        {src.url && <span className="url">{src.url}</span>}
      </span>
    </li>
  );
}
