import type { RecordFilter } from '../../api/contract/filters';
import { firstDay, lastDay } from '../../api/dates';

/** The filter with its date range cut to the window (the later start, the earlier end). */
export function windowFilter(f: RecordFilter, from?: string, to?: string): RecordFilter {
  const later = [f.from, from].filter((d): d is string => !!d).sort((a, b) => firstDay(b).localeCompare(firstDay(a)))[0];
  const earlier = [f.to, to].filter((d): d is string => !!d).sort((a, b) => lastDay(a).localeCompare(lastDay(b)))[0];
  return { ...f, ...(later ? { from: later } : {}), ...(earlier ? { to: earlier } : {}) };
}
