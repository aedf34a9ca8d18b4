import type { StatRow } from '../../api/contract/views';

export interface Series {
  key: string;
  label: string;
}

/**
 * Stat rows (period, key, count) as chart rows ({ period, [key]: count }),
 * keeping the `top` largest series and folding the rest into '_other'.
 */
export function pivot(rows: StatRow[], top = 8): { data: Record<string, number | string>[]; series: Series[] } {
  const totals = new Map<string, { label: string; n: number }>();
  for (const r of rows) {
    const t = totals.get(r.key) ?? { label: r.label, n: 0 };
    t.n += r.count;
    totals.set(r.key, t);
  }
  const ranked = [...totals].sort((a, b) => b[1].n - a[1].n);
  const kept = new Set(ranked.slice(0, top).map(([k]) => k));
  const series: Series[] = ranked.slice(0, top).map(([key, v]) => ({ key, label: v.label }));
  if (ranked.length > top) series.push({ key: '_other', label: '' });
  const byPeriod = new Map<string, Record<string, number | string>>();
  for (const r of rows) {
    const row = byPeriod.get(r.period) ?? { period: r.period };
    const k = kept.has(r.key) ? r.key : '_other';
    row[k] = ((row[k] as number | undefined) ?? 0) + r.count;
    byPeriod.set(r.period, row);
  }
  return { data: [...byPeriod.values()].sort((a, b) => String(a.period).localeCompare(String(b.period))), series };
}

/** Totals per key across periods, largest first (region comparison). */
export function totals(rows: StatRow[]): { key: string; label: string; count: number }[] {
  const m = new Map<string, { key: string; label: string; count: number }>();
  for (const r of rows) {
    const t = m.get(r.key) ?? { key: r.key, label: r.label, count: 0 };
    t.count += r.count;
    m.set(r.key, t);
  }
  return [...m.values()].sort((a, b) => b.count - a.count);
}

/** The date window of a period label: '2024-Q2' → 2024-04..2024-06; '2024-06' and '2024' map to themselves. */
export function periodWindow(period: string): { from: string; to: string } {
  const q = /^(\d{4})-Q([1-4])$/.exec(period);
  if (q) {
    const m = (Number(q[2]) - 1) * 3 + 1;
    const pad = (n: number) => String(n).padStart(2, '0');
    return { from: `${q[1]}-${pad(m)}`, to: `${q[1]}-${pad(m + 2)}` };
  }
  return { from: period, to: period };
}
