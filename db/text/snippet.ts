import { fold } from './fold';
import type { Highlight, Segment } from '../../api/highlight';

function hitRanges(folded: string, terms: string[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const term of terms) {
    let at = folded.indexOf(term);
    while (at !== -1 && ranges.length < 200) {
      ranges.push([at, at + term.length]);
      at = folded.indexOf(term, at + term.length);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  return merged;
}

/** Cuts a window of about `width` characters around the first hit and marks every hit inside it. */
export function highlight(text: string, terms: string[], width = 80): Highlight {
  const ranges = hitRanges(fold(text), terms);
  const first = ranges.length ? ranges[0][0] : -1;
  const from = first < 0 ? 0 : Math.max(0, first - Math.floor(width / 3));
  const to = Math.min(text.length, from + width);
  const segments: Segment[] = [];
  let at = from;
  const push = (t: string, hit: boolean) => t && segments.push({ text: t, hit });
  if (from > 0) push('…', false);
  for (const [s, e] of ranges) {
    if (e <= from || s >= to) continue;
    push(text.slice(at, Math.max(at, s)), false);
    push(text.slice(Math.max(s, at), Math.min(e, to)), true);
    at = Math.min(e, to);
  }
  push(text.slice(at, to), false);
  if (to < text.length) push('…', false);
  return { segments, firstHit: first };
}
