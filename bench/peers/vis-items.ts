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
  const c = t.items;
  const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
  for (let i = 0; i < c.id.length; i++) {
    for (let q = c.laneStart[i]; q < c.laneStart[i + 1]; q++) {
      const lane = t.lanes[c.laneIndex[q]].key;
      used.add(lane);
      const range = c.lastDay[i] > c.firstDay[i];
      items.push({
        id: `${c.id[i]}:${lane}`,
        group: lane,
        content: c.title[i],
        start: iso(c.firstDay[i]),
        ...(range ? { end: iso(c.lastDay[i]), type: 'range' } : { type: 'point' }),
      });
    }
  }
  const groups = t.lanes.filter((l) => used.has(l.key)).map((l) => ({ id: l.key, content: l.label }));
  writeFileSync(file, JSON.stringify({ items, groups }));
  return { items: items.length, groups: groups.length };
}
