import { isHeadlineLike } from '../text/headline-like';
import { comparable } from './normalize';

/**
 * Scrapes often show the lead, then the article's own headline, then the lead again. The first copy
 * goes, so the headline ends up first, where the title rules can use it.
 */
export function removeRepeatedLead(paragraphs: readonly string[]): string[] {
  const keys = paragraphs.slice(0, 7).map(comparable);
  const limit = Math.min(paragraphs.length, 4);
  for (let i = 0; i < limit; i++) {
    const lead = keys[i]!;
    if (lead.length < 20) continue;
    for (let j = i + 1; j <= i + 3 && j < paragraphs.length; j++) {
      if (keys[j] === lead) {
        const between = paragraphs.slice(i + 1, j);
        if (between.every(isHeadlineLike)) return [...paragraphs.slice(0, i), ...paragraphs.slice(i + 1)];
        break;
      }
    }
  }
  return [...paragraphs];
}
