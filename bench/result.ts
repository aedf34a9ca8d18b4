import os from 'node:os';
import { summary } from './stats';

/** Median and 95th percentile of repeated measurements, in the row's unit. */
export interface Stat {
  median: number;
  p95: number;
  n: number;
}

export type Unit = 'ms' | 's' | 'MB' | 'articles/s' | 'x raw';

/** What the same work costs elsewhere, measured in the same run on the same data. */
export interface PeerStat {
  name: string;
  stat: Stat;
}

export interface Goal {
  text: string;
  /** null: the goal is stated for a size this run did not measure, or has no figure to judge. */
  met: boolean | null;
}

/** One line of the table (and of results.json). */
export interface Row {
  figure: string;
  size: string;
  unit: Unit;
  /** Whether smaller numbers are better (times, memory) or larger (throughput). */
  better: 'lower' | 'higher';
  ours: Stat | null;
  peers: PeerStat[];
  goal: Goal | null;
  /** One-minute load average when the row was measured: other work on the machine inflates times. */
  load: number;
  notes: string[];
  /** Anything else worth keeping (hit counts, breakdowns), for results.json only. */
  extra?: Record<string, unknown>;
}

export const stat = (values: number[]): Stat => summary(values);

/** A single measurement (e.g. a peak) as a stat of one. */
export const single = (value: number): Stat => ({ median: value, p95: value, n: 1 });

export const load1 = (): number => +os.loadavg()[0].toFixed(2);

/** Builds a row, reading the load average now. */
export function row(r: Omit<Row, 'load' | 'notes' | 'peers'> & { peers?: PeerStat[]; notes?: string[] }): Row {
  return { ...r, peers: r.peers ?? [], notes: r.notes ?? [], load: load1() };
}

/** Judges a goal on the p95 (or the median for throughput, where the p95 of a rate means little). */
export function goalMax(text: string, s: Stat | null, max: number, applies = true): Goal {
  return { text, met: s && applies ? s.p95 < max : null };
}

export function goalMin(text: string, s: Stat | null, min: number, applies = true): Goal {
  return { text, met: s && applies ? s.median >= min : null };
}

/**
 * A throughput from repeated timings: the median is the rate of the median
 * time; the p95 column holds the slow end (the rate of the 95th-percentile time).
 */
export function rateStat(count: number, seconds: number[]): Stat {
  const t = summary(seconds);
  return { median: count / t.median, p95: count / t.p95, n: t.n };
}
