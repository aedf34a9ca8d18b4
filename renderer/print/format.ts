import type { ReportRow } from '../../api/contract/export';
import type { RecordFilter } from '../../api/contract/filters';
import type { PrintStrings } from './strings';

export const dateRange = (r: Pick<ReportRow, 'dateStart' | 'dateEnd'>): string =>
  !r.dateStart ? '—' : r.dateEnd && r.dateEnd !== r.dateStart ? `${r.dateStart} – ${r.dateEnd}` : r.dateStart;

export function targetText(t: ReportRow['targets'][number], s: PrintStrings): string {
  const value = t.value == null ? '' : ` ${t.value.toLocaleString('zh-CN', { maximumFractionDigits: 2 })}${t.unit}`;
  return `${t.metric}${value}${t.deadline ? s.byDeadline(t.deadline) : ''}`;
}

/** The filter as a researcher reads it: "产业链: 新材料、光电" lines; ids shown by their names. */
export function filterLines(f: RecordFilter, s: PrintStrings, names: Map<string, string>): string[] {
  const out: string[] = [];
  const join = (xs: string[]) => xs.map((x) => names.get(x) ?? x).join('、');
  const add = (key: keyof typeof s.filterNames, v: string) => out.push(`${s.filterNames[key]}：${v}`);
  if (f.kinds?.length) add('kinds', f.kinds.map((k) => s.kinds[k] ?? k).join('、'));
  if (f.chains?.length) add('chains', join(f.chains));
  if (f.regions?.length) add('regions', join(f.regions));
  if (f.tags?.length) add('tags', f.tags.join('、'));
  if (f.actors?.length) add('actors', join(f.actors));
  if (f.statuses?.length) add('statuses', f.statuses.map((x) => s.statuses[x] ?? x).join('、'));
  if (f.instruments?.length) add('instruments', f.instruments.join('、'));
  if (f.text) add('text', `“${f.text}”`);
  return out;
}
