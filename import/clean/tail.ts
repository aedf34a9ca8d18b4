import { isContactHeading } from './contact';
import { isCopyrightHeading } from './copyright';
import { isNeighbourLink } from './credits';
import { isRelatedHeading } from './related';

/** A line of running text rather than a menu, headline or byline. */
export function isBodyLine(line: string): boolean {
  return line.length >= 40 && /[。！？!?]|\.(?:\s|$)/.test(line);
}

export function firstBodyLine(lines: readonly string[]): number {
  return lines.findIndex(isBodyLine);
}

/**
 * Cuts a page's tail at the first "related articles", tags, copyright-statement or contact heading, or
 * link to the previous or next article (上一篇/下一篇),
 * that comes after the article has started; everything after such a heading is the site's, not the
 * article's. The same headings above the article are menu items and are left to the line rules.
 */
export function cutTail(lines: readonly string[]): string[] {
  const start = firstBodyLine(lines);
  if (start < 0) return [...lines];
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line && (isRelatedHeading(line) || isCopyrightHeading(line) || isContactHeading(line) || isNeighbourLink(line))) return lines.slice(0, i);
  }
  return [...lines];
}
