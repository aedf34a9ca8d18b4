import type { z } from 'zod';
import type { RecordSort } from '../../../api/contract/records';
import type { TableColumn } from '../../../api/contract/export';

type Sort = z.infer<typeof RecordSort>;
export type ColumnId = 'select' | 'date' | 'kind' | 'title' | 'chains' | 'regions' | 'status' | 'sources';

export interface Column {
  id: ColumnId;
  /** The API sort this column orders by (ascending form), when it can sort. */
  sort?: Exclude<Sort, `-${string}`>;
}

/** Column order; widths live in CSS (.rec-grid) so header and rows share one template. */
export const COLUMNS: Column[] = [
  { id: 'select' },
  { id: 'date', sort: 'date' },
  { id: 'kind', sort: 'kind' },
  { id: 'title', sort: 'title' },
  { id: 'chains' },
  { id: 'regions' },
  { id: 'status' },
  { id: 'sources', sort: 'sources' },
];

export function nextSort(current: Sort, col: NonNullable<Column['sort']>): Sort {
  // Dates and source counts read best newest / most first; text A→Z first.
  const descFirst = col === 'date' || col === 'sources';
  if (current === col) return `-${col}` as Sort;
  if (current === `-${col}`) return col;
  return descFirst ? (`-${col}` as Sort) : col;
}

export function ariaSort(current: Sort, col: Column['sort']): 'ascending' | 'descending' | undefined {
  if (!col) return undefined;
  return current === col ? 'ascending' : current === `-${col}` ? 'descending' : undefined;
}

/** The file columns each screen column becomes in a table export (a range of dates and a kind with its sub-kind take two). */
const EXPORTED: Record<ColumnId, TableColumn[]> = {
  select: [],
  date: ['date_start', 'date_end'],
  kind: ['kind', 'subkind'],
  title: ['title'],
  chains: ['chains'],
  regions: ['regions'],
  status: ['status'],
  sources: ['sources'],
};

/** The table export of what the screen shows, in its order, led by the id that lets the file be imported again without duplicates. */
export const exportColumns = (columns: Column[] = COLUMNS): TableColumn[] => ['id', ...columns.flatMap((c) => EXPORTED[c.id])];
