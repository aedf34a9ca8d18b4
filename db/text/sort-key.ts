import { pinyin } from 'pinyin-pro';

// A sort key that orders Chinese text by pinyin (as Intl.Collator('zh') does, but
// reading characters with two readings in context), in plain SQL: syllables without tones first (so 长沙 sorts with the c's,
// read in context: 重庆 is chong), then tones, then the text itself to break
// ties. Leading brackets and quotes (《…》, “…”) are skipped: a plan's title
// sorts by its words.

const LEADING = /^[\s《〈「『“‘"'（(【\[]+/u;

export const SORT_KEY_VERSION = '1';

export function sortKey(text: string): string {
  const t = text.replace(LEADING, '');
  const syllables = pinyin(t, { toneType: 'num', type: 'array', nonZh: 'consecutive', v: true });
  const letters = syllables.map((s) => s.replace(/\d$/, '').trim().toLowerCase()).join(' ');
  const tones = syllables.map((s) => (/\d$/.exec(s)?.[0] ?? '0')).join('');
  return `${letters}\u0001${tones}\u0001${t}`;
}
