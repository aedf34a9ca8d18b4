import { writeFileSync } from 'node:fs';
import { RecordFilter } from '../../api/contract/filters';
import type { Db } from '../../db/open';
import { timeline } from '../../db/services/timeline';

/**
 * Writes what Chainline's timeline screen shows (every dated record in its
 * chain lane, lanes as the API returns them) as vis-timeline items and groups:
 * a range for records spanning days, a point otherwise; one flat group per
 * lane that holds records (vis-timeline's nesting would only add work).
 */
export function writeVisData(db: Db, file: string): { items: number; groups: number } {
  const t = timeline(db, RecordFilter.parse({}), 'chain', 2, 200_000);
  const items: object[] = [];
  const used = new Set<string>();
  for (const it of t.items) {
    for (const lane of it.lanes) {
      used.add(lane);
      const range = it.lastDay > it.firstDay;
      items.push({
        id: `${it.id}:${lane}`,
        group: lane,
        content: it.title,
        start: it.firstDay,
        ...(range ? { end: it.lastDay, type: 'range' } : { type: 'point' }),
      });
    }
  }
  const groups = t.lanes.filter((l) => used.has(l.key)).map((l) => ({ id: l.key, content: l.label }));
  writeFileSync(file, JSON.stringify({ items, groups }));
  return { items: items.length, groups: groups.length };
}
