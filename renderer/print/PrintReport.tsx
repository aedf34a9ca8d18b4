import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ReportSource } from '../../api/contract/export';
import type { PrintSummary } from '../../api/print/protocol';
import { buildModel } from '../timeline/layout/model';
import { axisFormat } from '../timeline/layout/ticks';
import { isoOf } from '../timeline/layout/time';
import { Cover, type CoverInfo } from './Cover';
import { filterLines } from './format';
import { PRINT_AXIS_H, sheet } from './geometry';
import { printT } from './i18n';
import { Legend } from '../timeline/Legend';
import type { ReportInput } from './load';
import { paginateColumns, paginateHeights } from './paginate';
import { TableHead, TableRow, type TableRowData } from './RecordTable';
import { Sheet } from './Sheet';
import { SourceEntry } from './SourceEntry';
import { printWindow, timelinePages } from './timeline-pages';
import { TimelineSvg } from './TimelineSvg';

type Ranges = [number, number][];
/** Source entries are short: two columns halve their pages. */
const SOURCE_COLUMNS = 2;

/**
 * The whole report as fixed-size sheets. Table rows and source entries are
 * first rendered once off-page to measure them, then dealt onto pages, so the
 * page count is known before printing (and every page carries "n / N").
 */
export function PrintReport({ input, onDone }: { input: ReportInput; onDone(s: PrintSummary): void }) {
  const { view, report } = input;
  const t = printT(view.lang);
  const g = sheet(view.paper);
  const model = useMemo(() => buildModel(input.timeline), [input]);
  const tlPages = useMemo(() => timelinePages(model, view, g, axisFormat(view.lang)), [model, view, g.innerH]);

  const { rows, sources } = useMemo(() => {
    const no = new Map<string, number>();
    for (const r of report.rows) for (const id of r.sourceIds) if (!no.has(id)) no.set(id, no.size + 1);
    const byId = new Map(report.sources.map((x) => [x.id, x]));
    const planOf = (id: string) => {
      const i = model.byId.get(id);
      const p = i === undefined ? null : model.items[i].planId;
      const j = p ? model.byId.get(p) : undefined;
      return j === undefined ? null : model.items[j].title;
    };
    const rows: TableRowData[] = report.rows.map((row, k) => ({ n: k + 1, row, cites: row.sourceIds.map((id) => no.get(id)!), plan: row.kind === 'measure' ? planOf(row.id) : null }));
    const sources = [...no.keys()].map((id) => byId.get(id)).filter((x): x is ReportSource => !!x);
    return { rows, sources };
  }, [report, model]);

  const tableRef = useRef<HTMLTableElement>(null);
  const sourcesRef = useRef<HTMLOListElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [paged, setPaged] = useState<{ table: Ranges; sources: Ranges[] } | null>(null);

  useLayoutEffect(() => {
    if (paged) return;
    const h = (el: Element) => el.getBoundingClientRect().height;
    const heading = headingRef.current ? h(headingRef.current) : 0;
    const table = tableRef.current!;
    const head = table.tHead ? h(table.tHead) : 0;
    const rowH = [...table.tBodies[0].rows].map(h);
    const srcH = [...sourcesRef.current!.children].map(h);
    setPaged({
      table: paginateHeights(rowH, g.innerH - head - heading - 4, g.innerH - head - 4),
      sources: paginateColumns(srcH, g.innerH - heading - 4, g.innerH - 4, SOURCE_COLUMNS),
    });
  }, [paged, g.innerH]);

  const total = 1 + tlPages.length + (paged ? paged.table.length + paged.sources.length : 0);
  useEffect(() => {
    if (paged) onDone({ pages: total, records: rows.length, timelinePages: tlPages.length });
  }, [paged]);

  const paperClass = `paper-${view.paper}`;
  if (!paged) {
    return (
      <div className={`measure ${paperClass}`} aria-hidden="true">
        <div className="page-body">
          <h2 ref={headingRef}>{t('table')}</h2>
          <table className="report" ref={tableRef}>
            <TableHead t={t} />
            <tbody>{rows.map((d) => <TableRow key={d.row.id} d={d} t={t} />)}</tbody>
          </table>
          <ol className="sources column" ref={sourcesRef}>{sources.map((src, k) => <SourceEntry key={src.id} n={k + 1} src={src} />)}</ol>
        </div>
      </div>
    );
  }

  const title = view.title || t('defaultTitle');
  const today = new Date().toLocaleDateString('sv-SE');
  const header = (
    <>
      <span className="rh-title">{title}</span>
      <span className="rh-brand">{t('brand')} · {today}</span>
    </>
  );
  const foot = (n: number) => t('page', { n, of: total });
  const tableStart = 2 + tlPages.length;
  const sourcesStart = tableStart + paged.table.length;
  const [wFrom, wTo] = model.items.length ? printWindow(model, view) : [NaN, NaN];
  const info: CoverInfo = {
    title,
    generated: today,
    filters: filterLines(view.filter, t, input.names),
    window: model.items.length ? `${isoOf(wFrom)} – ${isoOf(wTo - 1)}` : `${view.from ?? '…'} – ${view.to ?? '…'}`,
    lanes: `${t(`laneBy.${view.laneBy}`)}（${input.timeline.lanes.length}）`,
    paper: view.paper,
    counts: rows.length ? t('counts', { records: report.total, sources: sources.length }) : t('noRecords'),
    notes: [
      ...(input.timeline.undated ? [t('undated', { count: input.timeline.undated })] : []),
      ...(report.total > rows.length ? [t('truncated', { shown: rows.length, total: report.total })] : []),
    ],
    contents: [
      ...(tlPages.length ? [{ label: t('timeline'), page: 2 }] : []),
      ...(paged.table.length ? [{ label: t('table'), page: tableStart }] : []),
      ...(paged.sources.length ? [{ label: t('sources'), page: sourcesStart }] : []),
    ],
  };
  const svgH = g.innerH - 18;
  return (
    <div className={`document ${paperClass}`}>
      <Sheet header={null} footer={foot(1)} className="cover-page">
        <Cover info={info} t={t} />
      </Sheet>
      {tlPages.map((p, k) => (
        <Sheet key={`t${k}`} header={header} footer={foot(2 + k)}>
          <Legend t={t} />
          <TimelineSvg model={model} parts={p.parts} scale={p.scale} axis={p.axis} width={g.innerW} height={Math.min(svgH, PRINT_AXIS_H + p.parts.reduce((h, x) => Math.max(h, x.y + x.height), 0) + 1)}
            t={t} clipId={`clip${k}`} />
        </Sheet>
      ))}
      {paged.table.map(([a, b], k) => (
        <Sheet key={`r${k}`} header={header} footer={foot(tableStart + k)}>
          {k === 0 && <h2>{t('table')}</h2>}
          <table className="report">
            <TableHead t={t} />
            <tbody>{rows.slice(a, b).map((d) => <TableRow key={d.row.id} d={d} t={t} />)}</tbody>
          </table>
        </Sheet>
      ))}
      {paged.sources.map((cols, k) => (
        <Sheet key={`s${k}`} header={header} footer={foot(sourcesStart + k)}>
          {k === 0 && <h2>{t('sources')}</h2>}
          <div className="source-columns">
            {cols.map(([a, b]) => (
              <ol key={a} className="sources column">{sources.slice(a, b).map((src, i) => <SourceEntry key={src.id} n={a + i + 1} src={src} />)}</ol>
            ))}
          </div>
        </Sheet>
      ))}
    </div>
  );
}
