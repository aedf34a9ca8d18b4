import type { RecordRow } from '../api/contract/records';
import type { Highlight } from '../api/highlight';

export const KIND_ZH = { meeting: '会议', plan: '规划', measure: '措施' } as const;

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function recordLine(r: RecordRow): string {
  const date = r.dateEnd ? `${r.dateStart}~${r.dateEnd}` : (r.dateStart ?? '—');
  const tags = [...r.chains, ...r.regions].map((n) => n.name).join(',');
  return `${date.padEnd(21)} ${KIND_ZH[r.kind]}  ${r.title}${tags ? `  [${tags}]` : ''}  ${r.id}`;
}

/** Hits in a terminal: the matched text in brackets. */
export function plainHighlight(h: Highlight): string {
  return h.segments.map((s) => (s.hit ? `[${s.text}]` : s.text)).join('').replace(/\s+/g, ' ');
}
