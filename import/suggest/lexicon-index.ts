import { foldText } from '../text/fold';
import type { Lexicon, LexiconEntry } from '../types';

/**
 * How a name may be trusted: 'full' always; 'short' (two characters, e.g. 洛阳 for 洛阳市) under the
 * region rules; 'single' (豫) only inside document numbers.
 */
export type NameKind = 'full' | 'short' | 'single';

export interface NameCandidate {
  text: string;
  kind: NameKind;
  entries: LexiconEntry[];
}

export interface NameIndex {
  /**
   * Candidates by their first two characters (code units packed in one number), longest first; one-
   * character names under their single character. Two characters narrow thousands of regions to one
   * or two candidates per position.
   */
  byPrefix: Map<number, NameCandidate[]>;
  /** 1 at the code of every character a name starts with: most positions need no map lookup. */
  starts: Uint8Array;
}

export interface LexiconIndex {
  regions: NameIndex;
  chains: NameIndex;
}

const AUTONOMOUS = /^(内蒙古|广西|西藏|宁夏|新疆)/;
const ETHNIC_AUTONOMOUS = /^(.{2,}?)(?:[\u4e00-\u9fa5]{1,4}?族)+自治[州县旗]$/;
const REGION_SUFFIX = /(?:特别行政区|自治区|自治[州县旗]|地区|林区|省|市|县|区|盟|旗)$/;

/** Short forms a region is written as: 河南省 → 河南, 广西壮族自治区 → 广西, 延边朝鲜族自治州 → 延边. */
export function regionShortName(name: string): string | null {
  const autonomous = AUTONOMOUS.exec(name);
  if (autonomous && name.length > autonomous[1]!.length) return autonomous[1]!;
  const ethnic = ETHNIC_AUTONOMOUS.exec(name);
  if (ethnic) return ethnic[1]!;
  const short = name.replace(REGION_SUFFIX, '');
  return short !== name && short.length >= 2 ? short : null;
}

/**
 * 新能源汽车产业链 → 新能源汽车: chains are usually named without the suffix in running text. Only the
 * chain and cluster suffixes go: 未来产业 → 未来 would match every "future".
 */
export function chainShortName(name: string): string | null {
  const short = name.replace(/(?:产业链|产业集群|集群)$/, '');
  return short !== name && short.length >= 2 ? short : null;
}

function prefixKey(text: string, at: number, pair: boolean): number {
  return pair ? text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1) : text.charCodeAt(at);
}

function buildIndex(entries: readonly LexiconEntry[], shorten: (name: string) => string | null, shortIsFull: boolean): NameIndex {
  const byText = new Map<string, NameCandidate>();
  const add = (raw: string, kind: NameKind, entry: LexiconEntry) => {
    const text = foldText(raw.trim());
    if (!text) return;
    const effective: NameKind = text.length === 1 ? 'single' : text.length === 2 && kind !== 'full' && !shortIsFull ? 'short' : 'full';
    const existing = byText.get(text);
    if (existing) {
      if (!existing.entries.includes(entry)) existing.entries.push(entry);
      // One entry's official name outranks another's alias of the same spelling.
      if (effective === 'full' && existing.kind !== 'full') existing.kind = 'full';
    } else byText.set(text, { text, kind: effective, entries: [entry] });
  };
  for (const entry of entries) {
    add(entry.name, 'full', entry);
    const short = shorten(foldText(entry.name));
    if (short) add(short, short.length >= 3 ? 'full' : 'short', entry);
    for (const alias of entry.aliases) add(alias, alias.length >= 3 ? 'full' : 'short', entry);
  }
  const byPrefix = new Map<number, NameCandidate[]>();
  const starts = new Uint8Array(0x10000);
  for (const candidate of byText.values()) {
    starts[candidate.text.charCodeAt(0)] = 1;
    const key = prefixKey(candidate.text, 0, candidate.text.length >= 2);
    const list = byPrefix.get(key) ?? [];
    list.push(candidate);
    byPrefix.set(key, list);
  }
  for (const list of byPrefix.values()) list.sort((a, b) => b.text.length - a.text.length);
  return { byPrefix, starts };
}

const cache = new WeakMap<Lexicon, LexiconIndex>();

/** Built once per Lexicon object: a lexicon of thousands of regions costs milliseconds to index, not to query. */
export function lexiconIndex(lexicon: Lexicon): LexiconIndex {
  let index = cache.get(lexicon);
  if (!index) {
    index = { regions: buildIndex(lexicon.regions, regionShortName, false), chains: buildIndex(lexicon.chains, chainShortName, true) };
    cache.set(lexicon, index);
  }
  return index;
}

export interface NameHit {
  start: number;
  end: number;
  candidate: NameCandidate;
}

/** Leftmost-longest scan: at each position the longest name wins, and matches do not overlap. */
export function scanNames(text: string, index: NameIndex): NameHit[] {
  const hits: NameHit[] = [];
  for (let i = 0; i < text.length; ) {
    if (index.starts[text.charCodeAt(i)] !== 1) {
      i++;
      continue;
    }
    let candidate: NameCandidate | undefined;
    const pairs = i + 1 < text.length ? index.byPrefix.get(prefixKey(text, i, true)) : undefined;
    if (pairs) for (const c of pairs) if (text.startsWith(c.text, i)) {
      candidate = c;
      break;
    }
    candidate ??= index.byPrefix.get(prefixKey(text, i, false))?.[0];
    if (candidate) {
      hits.push({ start: i, end: i + candidate.text.length, candidate });
      i += candidate.text.length;
    } else i++;
  }
  return hits;
}
