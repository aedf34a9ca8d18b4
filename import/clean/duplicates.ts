import { comparable } from './normalize';

/** Drops a paragraph identical to the one before it, as when a headline is printed twice. */
export function dropConsecutiveDuplicates(paragraphs: readonly string[]): string[] {
  const out: string[] = [];
  for (const paragraph of paragraphs) {
    const previous = out.at(-1);
    // Punctuation and spacing differ by a few characters at most, so only similar lengths are compared.
    if (previous !== undefined && Math.abs(previous.length - paragraph.length) <= 0.2 * paragraph.length + 4) {
      const key = comparable(paragraph);
      if (key && key === comparable(previous)) continue;
    }
    out.push(paragraph);
  }
  return out;
}
