import type { RecordFilter } from '../api/contract/filters';

const many = { type: 'string', multiple: true } as const;

/** The record filter as options: list, export and export-pdf take the same ones. */
export const FILTER_OPTIONS = {
  kind: many,
  chain: many,
  region: many,
  tag: many,
  'all-tags': { type: 'boolean' },
  status: many,
  from: { type: 'string' },
  to: { type: 'string' },
  text: { type: 'string' },
} as const;

/** The filter usage text shared by the commands that take FILTER_OPTIONS. */
export const FILTER_USAGE = '[--kind K] [--chain NAME] [--region NAME] [--tag T [--all-tags]] [--status S] [--from DATE] [--to DATE] [--text Q]';

export function filterFrom(values: Record<string, unknown>): RecordFilter {
  const arr = (k: string) => (values[k] as string[] | undefined)?.flatMap((v) => v.split(',')).filter(Boolean);
  return {
    kinds: arr('kind') as RecordFilter['kinds'],
    chains: arr('chain'),
    regions: arr('region'),
    tags: arr('tag'),
    ...(values['all-tags'] ? { tagMode: 'all' as const } : {}),
    statuses: arr('status') as RecordFilter['statuses'],
    from: values.from as string | undefined,
    to: values.to as string | undefined,
    text: values.text as string | undefined,
  };
}
