import type { Row, Stat, Unit } from './result';

const UNIT_LABEL: Record<Unit, string> = { ms: 'ms', s: 's', MB: 'MB', 'articles/s': 'art/s', 'x raw': '× raw' };

function num(v: number): string {
  if (!Number.isFinite(v)) return '—';
  const a = Math.abs(v);
  if (a >= 1000) return Math.round(v).toLocaleString('en');
  if (a >= 100) return v.toFixed(0);
  if (a >= 10) return v.toFixed(1);
  return v.toFixed(2);
}

export const fmtStat = (s: Stat | null, unit: Unit): string => (s ? `${num(s.median)} / ${num(s.p95)} ${UNIT_LABEL[unit]}` : '—');

/** How Chainline compares with a peer on the median: "12× faster", "1.5× slower", "2.0× less". */
export function ratio(r: Row, peer: Stat): string {
  if (!r.ours || r.ours.median <= 0 || peer.median <= 0) return '—';
  const better = r.better === 'lower' ? peer.median / r.ours.median : r.ours.median / peer.median;
  const size = r.unit === 'MB' || r.unit === 'x raw';
  const x = better >= 1 ? better : 1 / better;
  if (x < 1.05) return 'about the same';
  const word = size ? (better >= 1 ? 'less' : 'more') : better >= 1 ? 'faster' : 'slower';
  return `${x >= 10 ? x.toFixed(0) : x.toFixed(1)}× ${word}`;
}

const met = (r: Row): string => (!r.goal ? '' : r.goal.met === null ? 'n/a' : r.goal.met ? 'yes' : 'NO');

/** The table as aligned plain text, one line per row, notes indented below their row. */
export function formatTable(rows: Row[]): string {
  const head = ['figure', 'size', 'Chainline median / p95', 'peer median / p95', 'ratio', 'goal', 'met?', 'load'];
  const cells = rows.map((r) => [
    r.figure,
    r.size,
    fmtStat(r.ours, r.unit),
    r.peers.map((p) => `${p.name} ${fmtStat(p.stat, r.unit)}`).join('; ') || '—',
    r.peers.map((p) => ratio(r, p.stat)).join('; ') || '—',
    r.goal?.text ?? '',
    met(r),
    r.load.toFixed(1),
  ]);
  const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0);
  const widths = head.map((h, i) => Math.max(width(h), ...cells.map((c) => width(c[i]))));
  const pad = (s: string, i: number) => s + ' '.repeat(widths[i] - width(s));
  const line = (c: string[]) => c.map(pad).join(' | ').trimEnd();
  const out = [line(head), widths.map((w) => '-'.repeat(w)).join('-|-')];
  rows.forEach((r, k) => {
    out.push(line(cells[k]));
    for (const n of r.notes) out.push(`    ${n}`);
  });
  return out.join('\n');
}

/** The same table in Markdown, for the README. */
export function formatMarkdown(rows: Row[]): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const out = ['| figure | size | Chainline median / p95 | peer median / p95 | ratio | goal | met? | load |', '|---|---|---|---|---|---|---|---|'];
  for (const r of rows) {
    out.push(
      `| ${[r.figure + r.notes.map((n) => `<br><sub>${n}</sub>`).join(''), r.size, fmtStat(r.ours, r.unit), r.peers.map((p) => `${p.name} ${fmtStat(p.stat, r.unit)}`).join('; ') || '—', r.peers.map((p) => ratio(r, p.stat)).join('; ') || '—', r.goal?.text ?? '', met(r), r.load.toFixed(1)].map(esc).join(' | ')} |`,
    );
  }
  return out.join('\n');
}
