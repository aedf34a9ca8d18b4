// A table read from a CSV or a workbook: the header row and the data rows as
// text, each row numbered as a spreadsheet numbers it (the header is row 1), so
// an error can name the row the researcher sees. Parsers return `{ rows,
// errors }`; an error with no row is the file's.

export interface TableRow {
  /** The spreadsheet's row number. */
  row: number;
  /** One text per header, '' for an empty cell. */
  cells: string[];
}

export interface TableReadError {
  row: number | null;
  message: string;
  code: 'empty' | 'undecodable' | 'corrupt' | 'too-large' | 'no-header';
}

export interface TableRead {
  headers: string[];
  rows: TableRow[];
  errors: TableReadError[];
  /** The encoding a text table was read in; null for a workbook. */
  encoding: string | null;
}

/** The most data rows a table may hold (the table export's own maximum), and the most columns. */
export const TABLE_MAX_ROWS = 100_000;
export const TABLE_MAX_COLUMNS = 200;

/**
 * A cell as the table export would have written it, back: trimmed, and without the apostrophe that keeps a cell
 * starting with = + - @ from running as a formula in Excel.
 */
export function cellText(raw: string): string {
  const s = raw.trim();
  return /^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s;
}

/** Headers and rows from the raw grid: blank rows dropped, a header named twice or a missing header refused. */
export function fromGrid(grid: { row: number; cells: string[] }[], encoding: string | null): TableRead {
  const fail = (code: TableReadError['code'], message: string, row: number | null = null): TableRead => ({ headers: [], rows: [], errors: [{ row, code, message }], encoding });
  const nonEmpty = grid.filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (!nonEmpty.length) return fail('empty', 'the table is empty: it has no header row and no rows');
  const [head, ...body] = nonEmpty;
  let width = head.cells.length;
  while (width > 0 && head.cells[width - 1].trim() === '') width--;
  if (width > TABLE_MAX_COLUMNS) return fail('too-large', `the table has ${width} columns; at most ${TABLE_MAX_COLUMNS} are read`, head.row);
  if (body.length > TABLE_MAX_ROWS) return fail('too-large', `the table has ${body.length} rows; at most ${TABLE_MAX_ROWS.toLocaleString('en')} are imported at once: split it`);
  const headers = head.cells.slice(0, width).map((h, i) => cellText(h).replace(/^\uFEFF/, '') || `column ${i + 1}`);
  const errors: TableReadError[] = [];
  const seen = new Map<string, number>();
  headers.forEach((h, i) => {
    if (seen.has(h)) errors.push({ row: head.row, code: 'no-header', message: `row ${head.row}: the header ${h} is written twice (columns ${seen.get(h)! + 1} and ${i + 1}); rename one` });
    seen.set(h, i);
  });
  if (!body.length) errors.push({ row: null, code: 'empty', message: 'the table has a header row but no rows' });
  const rows = body.map((r) => ({ row: r.row, cells: headers.map((_, i) => cellText(r.cells[i] ?? '')) }));
  return { headers, rows, errors, encoding };
}
