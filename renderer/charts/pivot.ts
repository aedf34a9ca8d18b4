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

/** A year's "known only to the year" bucket when the chart is by month or quarter. */
export const isYearOnly = (period: string) => period.endsWith('~');

/** Every period of a granularity from the first to the last of `periods`, so empty ones stay on the axis. */
function periodsBetween(first: string, last: string, kind: 'month' | 'quarter' | 'year'): string[] {
  const y0 = Number(first.slice(0, 4));
  const y1 = Number(last.slice(0, 4));
  const out: string[] = [];
  for (let y = y0; y <= y1; y++) {
    if (kind === 'year') out.push(String(y));
    else if (kind === 'quarter') for (let q = 1; q <= 4; q++) out.push(`${y}-Q${q}`);
    else for (let m = 1; m <= 12; m++) out.push(`${y}-${String(m).padStart(2, '0')}`);
  }
  return out.filter((p) => p >= first && p <= last);
}

/**
 * Chart rows with no gaps: every period between the first and the last gets a
 * row (empty ones too), and each year's "year only" bucket, when it has
 * records, follows that year's last period.
 */
export function fillPeriods(data: Record<string, number | string>[], kind: 'month' | 'quarter' | 'year'): Record<string, number | string>[] {
  const byPeriod = new Map(data.map((r) => [String(r.period), r]));
  const placed = [...byPeriod.keys()].filter((p) => !isYearOnly(p)).sort();
  const bucketYears = [...byPeriod.keys()].filter(isYearOnly).map((p) => p.slice(0, 4)).sort();
  if (!placed.length && !bucketYears.length) return [];
  const yearPeriods = (y: string) => periodsBetween(y, `${y}~`, kind);
  // A year known only by its year-only bucket still shows its (empty) periods, so the bucket sits in its year.
  let first = placed[0];
  if (bucketYears.length && (!first || bucketYears[0] < first.slice(0, 4))) first = yearPeriods(bucketYears[0])[0];
  let last = placed.at(-1);
  if (bucketYears.length && (!last || bucketYears.at(-1)! > last.slice(0, 4))) last = yearPeriods(bucketYears.at(-1)!).at(-1)!;
  const out: Record<string, number | string>[] = [];
  let year = '';
  const closeYear = () => {
    const bucket = byPeriod.get(`${year}~`);
    if (bucket) out.push(bucket);
  };
  for (const p of periodsBetween(first!, last!, kind)) {
    if (p.slice(0, 4) !== year) {
      if (year) closeYear();
      year = p.slice(0, 4);
    }
    out.push(byPeriod.get(p) ?? { period: p });
  }
  if (year) closeYear();
  return out;
}

/** The date window of a period label: '2024-Q2' → 2024-04..2024-06; '2024-06' and '2024' map to themselves; '2024~' to its year. */
export function periodWindow(period: string): { from: string; to: string } {
  if (isYearOnly(period)) return { from: period.slice(0, 4), to: period.slice(0, 4) };
  const q = /^(\d{4})-Q([1-4])$/.exec(period);
  if (q) {
    const m = (Number(q[2]) - 1) * 3 + 1;
    const pad = (n: number) => String(n).padStart(2, '0');
    return { from: `${q[1]}-${pad(m)}`, to: `${q[1]}-${pad(m + 2)}` };
  }
  return { from: period, to: period };
}
