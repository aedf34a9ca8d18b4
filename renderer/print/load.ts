import type { ParsedPrintView, ReportData } from '../../api/contract/export';
import type { RecordFilter } from '../../api/contract/filters';
import { hasLabels, type TimelineLabels, type TimelineResult } from '../../api/contract/views';
import { api } from '../platform';
import { windowFilter } from './window-filter';

export interface ReportInput {
  view: ParsedPrintView;
  /** The filter narrowed to the view's window: what the timeline draws is what the table lists. */
  filter: RecordFilter;
  /** With every record's id and title: the report prints them all. */
  timeline: TimelineResult & { items: TimelineLabels };
  report: ReportData;
  /** Names for ids in the filter (chains, regions, actors), for the cover. */
  names: Map<string, string>;
}

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function idNames(f: RecordFilter): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const want = (list?: string[]) => !!list?.some((x) => ID.test(x));
  const [chains, regions, actors] = await Promise.all([
    want(f.chains) ? api.taxonomy.chains({}) : [],
    want(f.regions) ? api.taxonomy.regions({}) : [],
    f.actors?.length ? api.actors.list({ limit: 5000 }) : [],
  ]);
  for (const n of [...chains, ...regions, ...actors]) names.set(n.id, n.name);
  return names;
}

export async function loadReport(view: ParsedPrintView): Promise<ReportInput> {
  const filter = windowFilter(view.filter, view.from, view.to);
  const [timeline, report, names] = await Promise.all([
    api.views.timeline({ filter, laneBy: view.laneBy, depth: view.depth, labels: true }),
    api.export.report({ filter, withUndated: true }),
    idNames(view.filter),
  ]);
  if (!hasLabels(timeline)) throw new Error('the timeline came without titles');
  return { view, filter, timeline, report, names };
}
