import { LEVELS, MEETING_KINDS, RECORD_KINDS, STATUSES } from '../../api/contract/common';
import { resources } from '../../i18n';
import { fold } from '../text/fold';

// Cell values a researcher writes for the record's coded fields: the codes
// themselves (what the table export writes), the app's own labels in Chinese
// and English, and the usual words for them.

type Vocab = { codes: readonly string[]; map: Map<string, string> };

const norm = (s: string) => fold(s).replace(/[\s_\-/·()（）]/g, '');

function vocab(codes: readonly string[], labels: (Record<string, string> | undefined)[], extra: Record<string, string[]> = {}): Vocab {
  const map = new Map<string, string>();
  for (const c of codes) map.set(norm(c), c);
  for (const l of labels) for (const [code, label] of Object.entries(l ?? {})) {
    map.set(norm(label), code);
    for (const part of label.split('/')) map.set(norm(part), code);
  }
  for (const [code, words] of Object.entries(extra)) for (const w of words) map.set(norm(w), code);
  return { codes, map };
}

const zh = resources.zh.common;
const en = resources.en.common;

export const VOCAB = {
  kind: vocab(RECORD_KINDS, [zh.kinds, en.kinds, zh.kindsShort, en.kindsShort], {
    meeting: ['会议', '活动', 'event'],
    plan: ['计划', '规划', '方案', '行动计划', '实施方案', '实施意见', '意见', 'programme', 'program'],
    measure: ['措施', '政策', '政策措施', 'policy'],
  }),
  subkind: vocab(MEETING_KINDS, [zh.subkinds, en.subkinds]),
  status: vocab(STATUSES, [zh.statuses, en.statuses], { 'in-force': ['实施', '有效', '生效', '现行'], expired: ['失效', '过期'], superseded: ['废止', '被取代'] }),
  level: vocab(LEVELS, [zh.levels, en.levels], { national: ['国家', '全国', '中央'], provincial: ['省', '省级'], prefecture: ['市', '市级', '地级'], county: ['县', '区', '县级', '区级'] }),
};

/** The code a cell names, or null when it names none. */
export const codeOf = (v: Vocab, cell: string): string | null => v.map.get(norm(cell)) ?? null;

/** The items of a list cell: split on semicolons, commas, 、 and line breaks. */
export const listItems = (cell: string): string[] =>
  cell
    .split(/[;；,，、|\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * A target written as the table export writes it: "产值 5000 亿元 (2025)" — metric, then value and unit, then the
 * deadline in brackets; the value, unit and deadline may be missing.
 */
export function parseTarget(text: string): { metric: string; value: number | null; unit: string; deadline: string | null } {
  const m = /^(.+?)(?:\s+(-?\d+(?:\.\d+)?)(?:\s*([^\s(（]+))?)?(?:\s*[(（]([^)）]+)[)）])?$/.exec(text.trim());
  if (!m) return { metric: text.trim(), value: null, unit: '', deadline: null };
  return { metric: m[1].trim(), value: m[2] === undefined ? null : Number(m[2]), unit: m[3] ?? '', deadline: m[4]?.trim() ?? null };
}
