import type { LexiconEntry, TagSuggestion } from '../types';
import type { SuggestContext } from './context';
import { scanNames, type NameHit, type NameIndex } from './lexicon-index';
import { groupByEntry, scanText } from './tags';

// Two-character short names of cities that are also ordinary words ("sunrise", "the East", "Sun Yat-sen").
const AMBIGUOUS_SHORT_NAMES = new Set([
  '朝阳', '东方', '中山', '长治', '大同', '黄山', '白银', '阿里', '红河', '普洱', '玉溪', '山南', '海东', '海北', '海西', '四平', '吉安',
  '安康', '太平', '和平', '永安', '长安', '新城', '北海', '日照', '泰安', '德州', '大庆', '黑河', '兴安', '和田', '白山', '文山', '大理',
  '保山', '玉树', '武威', '安顺', '中卫',
]);

// Province abbreviations (豫, 吉) mean the province only at the head of a document number: 豫政〔2023〕12号.
const DOCUMENT_NUMBER = /^(?:政办发|政办|政发|政|办发|办|发|府办发|府办|府发|府|委办|委发|工信[\u4e00-\u9fa5]{0,3}?|发改[\u4e00-\u9fa5]{0,3}?)[〔[［(（]\s*\d{4}/;
const PLACE_BEFORE = /(?:在|赴|到|于|至|来|驻|落户|位于|前往|走进|来自)$/;
const PLACE_AFTER = /^(?:籍|地区|境内|全境|等地|两地|三地|等省辖市|等市|等省|等县|等城市|等)/;
const LIST_SEPARATOR = /^[、，,和与及]$/;

export interface RegionHits { text: string; bodyShift: number; hits: NameHit[] }

/** Region names in title and body, before the acceptance rules: bodies reuse them to find a body's place. */
export function regionHits(context: SuggestContext, index: NameIndex): RegionHits {
  const { text, bodyShift } = scanText(context);
  return { text, bodyShift, hits: scanNames(text, index) };
}

function levelRank(level: string): number {
  if (/country|nation|国家|全国/i.test(level)) return 0;
  if (/province|省/i.test(level)) return 1;
  if (/county|district|县|区|旗/i.test(level)) return 3;
  return 2;
}

/** One place per spelling: the entry whose full name the text also uses, else the highest level (吉林 is the province). */
function chooseEntry(hit: NameHit, present: Set<LexiconEntry>): LexiconEntry {
  const entries = hit.candidate.entries;
  if (entries.length === 1) return entries[0]!;
  const named = entries.filter((entry) => present.has(entry));
  const pool = named.length > 0 ? named : entries;
  return pool.reduce((best, entry) => (levelRank(entry.level) < levelRank(best.level) ? entry : best));
}

/**
 * Regions named in the title and body. Full names always count. A two-character short name
 * (洛阳, 鹤壁) counts when it belongs to a province or prefecture city and is not also a common word;
 * otherwise (county short names, and words like 朝阳 or 东方) only when the full name appears
 * somewhere in the text, when a place word surrounds it (在洛阳, 洛阳等地), or when it stands in a
 * list next to an accepted place (洛阳、鹤壁、南阳). One-character abbreviations count only in
 * document numbers. Names inside a person's name (`personNames`, body offsets) are not places, nor
 * is 中国 inside a firm's name (`firmNames`).
 */
export function suggestRegions(
  context: SuggestContext,
  index: NameIndex,
  scanned = regionHits(context, index),
  personNames: readonly { start: number; end: number }[] = [],
  firmNames: readonly { start: number; end: number }[] = [],
): TagSuggestion[] {
  const { text, bodyShift } = scanned;
  const inside = (hit: { start: number; end: number }, spans: readonly { start: number; end: number }[]) =>
    spans.some((name) => hit.start - bodyShift < name.end && hit.end - bodyShift > name.start);
  // 刘南昌 is a person, not 南昌. 中国电科 is a firm, not a national policy; but 洛阳钼业 does locate a firm in 洛阳.
  const hits = scanned.hits.filter(
    (hit) => !inside(hit, personNames) && !(hit.candidate.entries.every((e) => e.level === 'national') && inside(hit, firmNames)),
  );
  const present = new Set<LexiconEntry>();
  for (const hit of hits) if (hit.candidate.kind === 'full') for (const entry of hit.candidate.entries) present.add(entry);

  const entries = hits.map((hit) => chooseEntry(hit, present));
  const accepted = hits.map((hit, i) => {
    const { kind } = hit.candidate;
    if (kind === 'full') return true;
    if (kind === 'single') return DOCUMENT_NUMBER.test(text.slice(hit.end, hit.end + 12));
    const entry = entries[i]!;
    if (present.has(entry)) return true;
    if (levelRank(entry.level) < 3 && !AMBIGUOUS_SHORT_NAMES.has(hit.candidate.text)) return true;
    return PLACE_BEFORE.test(text.slice(Math.max(0, hit.start - 3), hit.start)) || PLACE_AFTER.test(text.slice(hit.end, hit.end + 5));
  });
  for (let changed = true; changed; ) {
    changed = false;
    hits.forEach((hit, i) => {
      if (accepted[i] || hit.candidate.kind !== 'short') return;
      const previous = hits[i - 1];
      const next = hits[i + 1];
      const listedAfter = previous && accepted[i - 1] && previous.end + 1 === hit.start && LIST_SEPARATOR.test(text[previous.end]!);
      const listedBefore = next && accepted[i + 1] && hit.end + 1 === next.start && LIST_SEPARATOR.test(text[hit.end]!);
      if (listedAfter || listedBefore) accepted[i] = changed = true;
    });
  }
  const kept = hits.flatMap((hit, i) => (accepted[i] ? [{ hit, entry: entries[i]! }] : []));
  return groupByEntry(context, kept, bodyShift);
}
