import type { ReportSource } from '../../api/contract/export';

export function SourceEntry({ n, src }: { n: number; src: ReportSource }) {
  return (
    <li className="source" value={n}>
      <span className="cite-n">[{n}]</span>
      <span>
        {src.outlet && <>{src.outlet}：</>}《{src.title}》{src.publishedAt && <>，{src.publishedAt.slice(0, 10)}</>}
        {src.url && <>，<span className="url">{src.url}</span></>}
      </span>
    </li>
  );
}
