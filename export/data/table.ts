import type { ReportData, ReportRow, ReportSource, TableColumn } from '../../api/contract/export';

// The records as a table (CSV, xlsx): one row per record, the columns asked for
// in the order asked. Every cell is text: a date keeps the precision it was
// recorded at ('2024-03' stays a month, never becomes 2024-03-01), and lists
// are joined with '; ' (which the table import splits again).

export type Cell = string | null;

/** Between the items of a list cell (chains, regions, tags, targets, sources). */
export const LIST_SEPARATOR = '; ';

const target = (t: ReportRow['targets'][number]) =>
  [t.metric, t.value === null ? '' : `${t.value}${t.unit ? ` ${t.unit}` : ''}`, t.deadline ? `(${t.deadline})` : ''].filter(Boolean).join(' ');

const source = (s: ReportSource | undefined) => (s ? [s.outlet, s.title ? `《${s.title}》` : '', s.publishedAt ?? '', s.url].filter(Boolean).join(' ') : '');

const list = (items: string[]): Cell => items.join(LIST_SEPARATOR);

function cell(r: ReportRow, c: TableColumn, sources: Map<string, ReportSource>): Cell {
  switch (c) {
    case 'id': return r.id;
    case 'date_start': return r.dateStart;
    case 'date_end': return r.dateEnd;
    case 'kind': return r.kind;
    case 'subkind': return r.subkind;
    case 'title': return r.title;
    case 'chains': return list(r.chains);
    case 'regions': return list(r.regions);
    case 'status': return r.status;
    case 'sources': return list(r.sourceIds.map((id) => source(sources.get(id))));
    case 'tags': return list(r.table?.tags ?? []);
    case 'targets': return list(r.targets.map(target));
    case 'summary': return r.table?.summary ?? '';
    case 'notes': return r.notes;
    case 'place': return r.table?.place ?? '';
    case 'host_body': return r.table?.hostBody ?? '';
    case 'doc_number': return r.table?.docNumber ?? '';
    case 'issued_on': return r.table?.issuedOn ?? null;
  }
}

/** The report's rows as cells, in the report's order. */
export function tableCells(report: ReportData, columns: readonly TableColumn[]): Cell[][] {
  const sources = new Map(report.sources.map((s) => [s.id, s]));
  return report.rows.map((r) => columns.map((c) => cell(r, c, sources)));
}
