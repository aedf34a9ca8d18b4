import type { RecordFilter } from '../../api/contract/filters';
import { intOption } from '../args';
import type { Command } from '../command';
import { openSession } from '../context';
import { printJson, recordLine } from '../output';

const many = { type: 'string', multiple: true } as const;

/** The shared filter options of list, export-pdf and friends. */
export const FILTER_OPTIONS = {
  kind: many,
  chain: many,
  region: many,
  tag: many,
  status: many,
  from: { type: 'string' },
  to: { type: 'string' },
  text: { type: 'string' },
} as const;

export function filterFrom(values: Record<string, unknown>): RecordFilter {
  const arr = (k: string) => (values[k] as string[] | undefined)?.flatMap((v) => v.split(',')).filter(Boolean);
  return {
    kinds: arr('kind') as RecordFilter['kinds'],
    chains: arr('chain'),
    regions: arr('region'),
    tags: arr('tag'),
    statuses: arr('status') as RecordFilter['statuses'],
    from: values.from as string | undefined,
    to: values.to as string | undefined,
    text: values.text as string | undefined,
  };
}

export const list: Command = {
  name: 'list',
  usage: 'chainline list [--kind K] [--chain NAME] [--region NAME] [--tag T] [--status S] [--from DATE] [--to DATE] [--text Q] [--limit N] [--offset N] [--sort S]',
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
