/**
 * A line that could be a headline: short, not a sentence (headlines end without 。 and hold none),
 * with some words in it.
 */
export function isHeadlineLike(line: string): boolean {
  const length = line.length;
  if (length < 4 || length > 64) return false;
  if (/[。；;：:，,、]$/.test(line) || line.includes('。')) return false;
  const words = line.match(/[\u3400-\u9fffA-Za-z]/g);
  return (words?.length ?? 0) >= 4;
}
