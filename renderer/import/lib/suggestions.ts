import type { Span, Suggestions } from '../../../import/types';

export type GroupKey = keyof Suggestions;

// Ordered as a researcher reads an article for a record: when and what first, then where, then who.
export const GROUPS: GroupKey[] = ['dates', 'meetingKinds', 'plans', 'targets', 'regions', 'chains', 'people', 'bodies', 'firms'];

/** sources.get types suggestions as unknown (they are JSON stored at import): read them defensively, every group an array. */
export function readSuggestions(raw: unknown): Suggestions {
  const o = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const list = <T,>(k: GroupKey) => (Array.isArray(o[k]) ? (o[k] as T[]).filter(isSpan) : []);
  return {
    dates: list('dates'), regions: list('regions'), chains: list('chains'), meetingKinds: list('meetingKinds'), plans: list('plans'),
    targets: list('targets'), people: list('people'), bodies: list('bodies'), firms: list('firms'),
  };
}

function isSpan(x: unknown): boolean {
  const s = x as Partial<Span> | null;
  return !!s && typeof s.text === 'string' && typeof s.start === 'number' && typeof s.end === 'number';
}

/** start = end = -1: found only in the headline, so there is nothing in the body to highlight. */
export const inBody = (s: Span) => s.start >= 0 && s.end > s.start;

export const isEmpty = (s: Suggestions) => GROUPS.every((g) => s[g].length === 0);
