import type { LexiconEntry, TagSuggestion } from '../types';
import { spanOf, titleSpan, type SuggestContext } from './context';
import type { NameHit } from './lexicon-index';

/** Title and body scanned as one text; offsets below `bodyShift` are in the title. */
export function scanText(context: SuggestContext): { text: string; bodyShift: number } {
  return { text: `${context.foldedTitle}\n\n${context.folded}`, bodyShift: context.foldedTitle.length + 2 };
}

/** Groups accepted hits by entry: a count of mentions and the first mention in the body, most mentioned first. */
export function groupByEntry(context: SuggestContext, hits: readonly { hit: NameHit; entry: LexiconEntry }[], bodyShift: number): TagSuggestion[] {
  const groups = new Map<LexiconEntry, { count: number; first: NameHit | null; titleHit: NameHit | null }>();
  for (const { hit, entry } of hits) {
    const group = groups.get(entry) ?? { count: 0, first: null, titleHit: null };
    group.count++;
    if (hit.start >= bodyShift) group.first ??= hit;
    else group.titleHit ??= hit;
    groups.set(entry, group);
  }
  const out: (TagSuggestion & { order: number })[] = [];
  for (const [entry, group] of groups) {
    const span = group.first
      ? spanOf(context, group.first.start - bodyShift, group.first.end - bodyShift)
      : titleSpan(context, group.titleHit!.start, group.titleHit!.end);
    out.push({ ...span, id: entry.id, name: entry.name, count: group.count, order: group.first ? group.first.start : Infinity });
  }
  out.sort((a, b) => b.count - a.count || a.order - b.order);
  return out.map(({ order: _order, ...rest }) => rest);
}
