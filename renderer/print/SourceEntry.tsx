import type { ReportSource } from '../../api/contract/export';
import type { PrintT } from './i18n';

/**
 * One source as a colleague needs it to find it again: in GB/T 7714-2015 when the export room formatted it (the address
 * wrapped anywhere, never cut), else outlet, date, title and address.
 */
export function SourceEntry({ n, src, t }: { n: number; src: ReportSource; t: PrintT }) {
  if (src.reference) {
    const at = src.url ? src.reference.indexOf(src.url) : -1;
    return (
      <li className="source" value={n}>
        <span className="cite-n">[{n}]</span>
        <span className="src-body src-ref">
          {at < 0 ? (
            src.reference
          ) : (
            <>
              {src.reference.slice(0, at)}
              <span className="url">{src.url}</span>
              {src.reference.slice(at + src.url.length)}
            </>
          )}
        </span>
      </li>
    );
  }
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
