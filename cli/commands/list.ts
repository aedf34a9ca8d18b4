import { intOption } from '../args';
import type { Command } from '../command';
import { FILTER_OPTIONS, FILTER_USAGE, filterFrom } from '../filters';
import { openSession } from '../context';
import { printJson, recordLine } from '../output';

export const list: Command = {
  name: 'list',
  usage: `chainline list ${FILTER_USAGE} [--limit N] [--offset N] [--sort S]`,
  summary: 'list records; chain and region filters include their subtrees',
  options: { ...FILTER_OPTIONS, limit: { type: 'string' }, offset: { type: 'string' }, sort: { type: 'string' } },
  async run({ dbPath, json, values }) {
    const s = openSession(dbPath);
    try {
      const page = await s.api.records.list({
        filter: filterFrom(values),
        sort: (values.sort as never) ?? '-date',
        page: { limit: intOption(values.limit, 'limit') ?? 100, offset: intOption(values.offset, 'offset') ?? 0 },
      });
      if (json) return printJson(page);
      page.rows.forEach((r) => console.log(recordLine(r)));
      console.log(`${page.rows.length} of ${page.total} records`);
    } finally {
      s.close();
    }
  },
};
