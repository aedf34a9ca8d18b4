import { DATA_FORMATS, DEFAULT_TABLE_COLUMNS, TABLE_COLUMNS, type DataFormat, type TableColumn } from '../../api/contract/export';
import { UsageError } from '../args';
import type { Command } from '../command';
import { openSession } from '../context';
import { FILTER_OPTIONS, FILTER_USAGE, filterFrom } from '../filters';
import { OUT_OPTIONS, outFile } from '../out-file';
import { printJson } from '../output';

export const exportData: Command = {
  name: 'export',
  usage: `chainline export ${DATA_FORMATS.join('|')} --out FILE ${FILTER_USAGE} [--sort date|-date|title|…] [--columns ${DEFAULT_TABLE_COLUMNS.join(',')}] [--force]`,
  summary: 'export the filtered records with their sources (CSV or Excel for spreadsheets, JSON for scripts, Markdown with GB/T 7714 footnotes, a bundle for a colleague to merge), or the sources they cite (CSL-JSON, RIS, BibTeX; every source with no filter)',
  options: { ...FILTER_OPTIONS, ...OUT_OPTIONS, sort: { type: 'string' }, columns: { type: 'string' } },
  async run({ dbPath, json, positionals, values }) {
    const [format, ...extra] = positionals;
    if (!format) throw new UsageError(`say which format: ${DATA_FORMATS.join(' or ')}`);
    if (!(DATA_FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown format ${format}: use ${DATA_FORMATS.join(' or ')}`);
    if (extra.length) throw new UsageError(`unexpected argument: ${extra[0]}`);
    const table = format === 'csv' || format === 'xlsx';
    if (!table && (values.sort !== undefined || values.columns !== undefined)) throw new UsageError('--sort and --columns are for the table formats, csv and xlsx');
    const columns = typeof values.columns === 'string' ? values.columns.split(',').map((c) => c.trim()).filter(Boolean) : undefined;
    const unknown = columns?.find((c) => !(TABLE_COLUMNS as readonly string[]).includes(c));
    if (unknown) throw new UsageError(`unknown column ${unknown}: use ${TABLE_COLUMNS.join(', ')}`);
    const { file, write } = outFile(values);
    const s = openSession(dbPath);
    try {
      const layout = table ? { sort: values.sort as never, columns: columns as TableColumn[] | undefined } : {};
      const data = await s.api.export.data({ format: format as DataFormat, filter: filterFrom(values), ...layout });
      const bytes = data.encoding === 'base64' ? Buffer.from(data.content, 'base64') : Buffer.from(data.content, 'utf8');
      write(bytes);
      if (json) printJson({ file, format, records: data.records, bytes: bytes.length });
      else console.log(`wrote ${values.out}: ${data.records} ${['csl-json', 'ris', 'bibtex'].includes(format) ? 'sources' : 'records'}`);
    } finally {
      s.close();
    }
  },
};
