import type { ReportRow } from '../../api/contract/export';
import type { RecordFilter } from '../../api/contract/filters';
import type { Catalogue } from '../../i18n';
import type { PrintT } from './i18n';

type PrintCommon = Catalogue['common'];

export const dateRange = (r: Pick<ReportRow, 'dateStart' | 'dateEnd'>): string =>
  !r.dateStart ? '—' : r.dateEnd && r.dateEnd !== r.dateStart ? `${r.dateStart} – ${r.dateEnd}` : r.dateStart;

export function targetText(target: ReportRow['targets'][number], t: PrintT): string {
  const value = target.value == null ? '' : ` ${target.value.toLocaleString('zh-CN', { maximumFractionDigits: 2 })}${target.unit}`;
  return `${target.metric}${value}${target.deadline ? t('byDeadline', { date: target.deadline }) : ''}`;
}

/** The filter as a researcher reads it: "产业链: 新材料、光电" lines; ids shown by their names. */
export function filterLines(f: RecordFilter, t: PrintT, names: Map<string, string>): string[] {
  const out: string[] = [];
  const join = (xs: string[]) => xs.map((x) => names.get(x) ?? x).join('、');
  const add = (field: keyof PrintCommon['fields'], v: string) => out.push(`${t(`fields.${field}`)}：${v}`);
  if (f.kinds?.length) add('kind', f.kinds.map((k) => t(`kinds.${k}`)).join('、'));
  if (f.chains?.length) add('chains', join(f.chains));
  if (f.regions?.length) add('regions', join(f.regions));
  if (f.tags?.length) add('tags', f.tags.join('、'));
  if (f.actors?.length) add('actors', join(f.actors));
  if (f.statuses?.length) add('status', f.statuses.map((x) => t(`statuses.${x}`)).join('、'));
  if (f.instruments?.length) add('instrument', f.instruments.join('、'));
  if (f.text) add('text', `“${f.text}”`);
  return out;
}

/** The text cut to `max` characters (code points), marked with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  const chars = [...text.trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}
