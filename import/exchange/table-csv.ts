import Papa from 'papaparse';
import { decodeBytes } from '../decode/decode';
import { fromGrid, TABLE_MAX_ROWS, type TableRead } from './table';

// CSV and TSV tables. The bytes are decoded by the article importer's decoder,
// so a CSV saved by Excel on a Chinese Windows (GB18030/GBK, no BOM) is read as
// such and the encoding is said, rather than read as UTF-8 and garbled.

export function readCsvTable(bytes: Uint8Array, fileName = ''): TableRead {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) {
    const empty = decoded.error.code === 'empty';
    const message = empty ? 'the table is empty: it has no header row and no rows' : `${decoded.error.message}: save the table as UTF-8 (CSV UTF-8 in Excel) and import it again`;
    return { headers: [], rows: [], errors: [{ row: null, code: empty ? 'empty' : 'undecodable', message }], encoding: null };
  }
  const encoding = decoded.encoding.toLowerCase();
  const tsv = /\.tsv$/i.test(fileName);
  // Read no further than the most rows an import takes (and a margin for blank ones): the rest would only cost memory.
  const parsed = Papa.parse<string[]>(decoded.text.replace(/^\uFEFF/, ''), { delimiter: tsv ? '\t' : '', skipEmptyLines: false, preview: TABLE_MAX_ROWS + 1000 });
  if (parsed.meta.truncated) {
    return { headers: [], rows: [], errors: [{ row: null, code: 'too-large', message: `the table has more than ${TABLE_MAX_ROWS.toLocaleString('en')} rows; at most that many are imported at once: split it` }], encoding };
  }
  // papaparse counts rows from 0 and a quoted cell may span lines: number rows as the records they are, from 1.
  const grid = parsed.data.map((cells, i) => ({ row: i + 1, cells: cells.map(String) }));
  const read = fromGrid(grid, encoding);
  const broken = parsed.errors.filter((e) => e.type === 'Quotes');
  for (const e of broken.slice(0, 20)) read.errors.push({ row: (e.row ?? 0) + 1, code: 'corrupt', message: `row ${(e.row ?? 0) + 1}: ${e.message.toLowerCase()}` });
  return read;
}
