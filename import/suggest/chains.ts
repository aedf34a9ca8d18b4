import type { TagSuggestion } from '../types';
import type { SuggestContext } from './context';
import { scanNames, type NameIndex } from './lexicon-index';
import { groupByEntry, scanText } from './tags';

/**
 * Chains named in the title and body by name, alias or short name (新能源汽车 for 新能源汽车产业链),
 * in either script. A spelling shared by two entries (a chain and its cluster) counts for both; two
 * nodes with the same name (生物医药 in two taxonomies) are offered once, as the first of them.
 */
export function suggestChains(context: SuggestContext, index: NameIndex): TagSuggestion[] {
  const { text, bodyShift } = scanText(context);
  const hits = scanNames(text, index).filter((hit) => hit.candidate.kind !== 'single');
  const all = groupByEntry(context, hits.flatMap((hit) => hit.candidate.entries.map((entry) => ({ hit, entry }))), bodyShift);
  const seen = new Set<string>();
  return all.filter((c) => !seen.has(c.name) && seen.add(c.name));
}
