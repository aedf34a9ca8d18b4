/**
 * Blog-style pages link the previous and next articles with their dates ("上一篇 2024年9月24日").
 * When both neighbours carry the same date, the article between them was published that day;
 * otherwise nothing can be said.
 */
export function dateFromNeighbours(dates: readonly (string | null)[]): string | null {
  const known = dates.filter((date): date is string => date !== null).map((date) => date.slice(0, 10));
  if (known.length < 2) return null;
  return known.every((date) => date === known[0]) ? known[0]! : null;
}
