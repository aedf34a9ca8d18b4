/** A person's name as written: a literal, or family and given (Chinese without a space, family first; others given first). */
export function personName(n: { literal?: unknown; family?: unknown; given?: unknown }): string {
  if (typeof n.literal === 'string') return n.literal.trim();
  const family = typeof n.family === 'string' ? n.family.trim() : '';
  const given = typeof n.given === 'string' ? n.given.trim() : '';
  if (/[\u3400-\u9fff]/.test(family + given)) return `${family}${given}`;
  return [given, family].filter(Boolean).join(' ');
}
