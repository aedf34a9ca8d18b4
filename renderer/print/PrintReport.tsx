import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ReportSource } from '../../api/contract/export';
import type { PrintSummary } from '../../api/print/protocol';
import { buildModel, itemIndex } from '../timeline/layout/model';
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

  const { rows, undated, sources } = useMemo(() => {
    const no = new Map<string, number>();
    for (const r of report.rows) for (const id of r.sourceIds) if (!no.has(id)) no.set(id, no.size + 1);
    const byId = new Map(report.sources.map((x) => [x.id, x]));
    const planOf = (id: string) => {
      const i = itemIndex(model, id);
      const p = i === undefined ? -1 : model.plan[i];
      return p < 0 ? null : (model.titles[p] ?? null);
    };
    const all: TableRowData[] = report.rows.map((row, k) => ({
      n: k + 1, row, cites: row.sourceIds.map((id) => no.get(id)!), citeNo: no, plan: row.kind === 'measure' ? planOf(row.id) : null,
    }));
    const sources = [...no.keys()].map((id) => byId.get(id)).filter((x): x is ReportSource => !!x);
    // The report lists undated records last; they get a section of their own.
    const split = all.findIndex((d) => !d.row.dateStart);
    return { rows: split < 0 ? all : all.slice(0, split), undated: split < 0 ? [] : all.slice(split), sources };
  }, [report, model]);

  const tableRef = useRef<HTMLTableElement>(null);
  const sourcesRef = useRef<HTMLOListElement>(null);
  const headingRef = useRef<HTMLDivElement>(null);
  const undatedHeadRef = useRef<HTMLDivElement>(null);
  const sourcesHeadRef = useRef<HTMLHeadingElement>(null);
  const [paged, setPaged] = useState<{ table: Ranges; undated: Ranges; sources: Ranges[] } | null>(null);

  useLayoutEffect(() => {
    if (paged) return;
    const h = (el: Element | null) => (el ? el.getBoundingClientRect().height : 0);
    const table = tableRef.current!;
    const head = table.tHead ? h(table.tHead) : 0;
    const rowH = [...table.tBodies[0].rows].map(h);
    const srcH = [...sourcesRef.current!.children].map(h);
    const shift = (ranges: Ranges, by: number): Ranges => ranges.map(([a, b]) => [a + by, b + by]);
    setPaged({
      table: paginateHeights(rowH.slice(0, rows.length), g.innerH - head - h(headingRef.current) - 4, g.innerH - head - 4),
      // Later pages of the undated section repeat its name (an h2, as tall as the sources' heading).
      undated: shift(paginateHeights(rowH.slice(rows.length), g.innerH - head - h(undatedHeadRef.current) - 4, g.innerH - head - h(sourcesHeadRef.current) - 4), rows.length),
      sources: paginateColumns(srcH, g.innerH - h(sourcesHeadRef.current) - 4, g.innerH - 4, SOURCE_COLUMNS),
    });
  }, [paged, g.innerH]);

  const total = 1 + tlPages.length + (paged ? paged.table.length + paged.undated.length + paged.sources.length : 0);
  const listed = rows.length + undated.length;
  useEffect(() => {
    if (paged) onDone({ pages: total, records: listed, timelinePages: tlPages.length });
  }, [paged]);

  const title = view.title || t('defaultTitle');
  const counts = !report.total
    ? t('noRecords')
    : report.undated
      ? t('countsUndated', { records: report.total, undated: report.undated, sources: sources.length })
      : t('counts', { records: report.total, sources: sources.length });
  const notices = [
    ...(report.total > listed ? [t('truncated', { shown: listed, rest: report.total - listed, total: report.total })] : []),
    ...(!view.notes ? [t('notesLeftOut')] : []),
  ];
  const allRows = [...rows, ...undated];
  const tableHeading = (
    <div className="section-head">
      <h2>{t('table')}</h2>
      <p className="summary">{counts}</p>
      {notices.map((n) => <p key={n} className="summary notice">{n}</p>)}
    </div>
  );
  const undatedHeading = (
    <div className="section-head">
      <h2>{t('undatedSection')}</h2>
      <p className="summary">{t('undatedIntro')}</p>
    </div>
  );
  const table = (slice: TableRowData[]) => (
    <table className="report">
      <TableHead t={t} />
      <tbody>{slice.map((d) => <TableRow key={d.row.id} d={d} t={t} notes={view.notes} />)}</tbody>
    </table>
  );

  const paperClass = `paper-${view.paper}`;
  if (!paged) {
    return (
      <div className={`measure ${paperClass}`} aria-hidden="true">
        <div className="page-body">
          <div ref={headingRef}>{tableHeading}</div>
          <div ref={undatedHeadRef}>{undatedHeading}</div>
          <h2 ref={sourcesHeadRef}>{t('sources')}</h2>
          <table className="report" ref={tableRef}>
            <TableHead t={t} />
            <tbody>{allRows.map((d) => <TableRow key={d.row.id} d={d} t={t} notes={view.notes} />)}</tbody>
          </table>
          <ol className="sources column" ref={sourcesRef}>{sources.map((src, k) => <SourceEntry key={src.id} n={k + 1} src={src} t={t} />)}</ol>
        </div>
      </div>
    );
  }

  const today = new Date().toLocaleDateString('sv-SE');
  const header = (
    <>
      <span className="rh-title">{title}</span>
      <span className="rh-brand">{t('brand')} · {today}</span>
    </>
  );
  const foot = (n: number) => t('page', { n, of: total });
  const tableStart = 2 + tlPages.length;
  const undatedStart = tableStart + paged.table.length;
  const sourcesStart = undatedStart + paged.undated.length;
  const [wFrom, wTo] = model.count ? printWindow(model, view) : [NaN, NaN];
  const info: CoverInfo = {
    title,
    generated: today,
    filters: filterLines(view.filter, t, input.names),
    window: model.count ? `${isoOf(wFrom)} – ${isoOf(wTo - 1)}` : `${view.from ?? '…'} – ${view.to ?? '…'}`,
    lanes: t('laneCount', { lanes: t(`laneBy.${view.laneBy}`), count: input.timeline.lanes.length }),
    paper: view.paper,
    counts,
    notes: [...(report.undated ? [t('undated', { count: report.undated })] : []), ...notices],
    contents: [
      ...(tlPages.length ? [{ label: t('timeline'), page: 2 }] : []),
      ...(paged.table.length ? [{ label: t('table'), page: tableStart }] : []),
      ...(paged.undated.length ? [{ label: t('undatedSection'), page: undatedStart }] : []),
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
          {k === 0 && tableHeading}
          {table(allRows.slice(a, b))}
        </Sheet>
      ))}
      {paged.undated.map(([a, b], k) => (
        <Sheet key={`u${k}`} header={header} footer={foot(undatedStart + k)}>
          {k === 0 ? undatedHeading : <h2 className="cont-head">{t('undatedSection')}{t('cont')}</h2>}
          {table(allRows.slice(a, b))}
        </Sheet>
      ))}
      {paged.sources.map((cols, k) => (
        <Sheet key={`s${k}`} header={header} footer={foot(sourcesStart + k)}>
          {k === 0 && <h2>{t('sources')}</h2>}
          <div className="source-columns">
            {cols.map(([a, b]) => (
              <ol key={a} className="sources column">{sources.slice(a, b).map((src, i) => <SourceEntry key={src.id} n={a + i + 1} src={src} t={t} />)}</ol>
            ))}
          </div>
        </Sheet>
      ))}
    </div>
  );
}
