import { labelsOf } from './labels';
import type { TimelineModel } from './layout/model';

/**
 * Opening a record from the timeline. A `chainline:open-record` event
 * (detail: { id }) goes out first, so a host can handle it (and call
 * preventDefault); otherwise the app's route for a record is set in the URL
 * fragment (#/record/<id>), which the workspace's router follows.
 */
export const OPEN_RECORD_EVENT = 'chainline:open-record';

/** Opens item i of a timeline model, once its id is loaded. */
export async function openItem(m: TimelineModel, i: number): Promise<void> {
  await labelsOf(m).ensure([i]);
  const id = m.ids[i];
  if (id) openRecord(id);
}

export function openRecord(id: string): void {
  const ev = new CustomEvent<{ id: string }>(OPEN_RECORD_EVENT, { detail: { id }, cancelable: true });
  if (window.dispatchEvent(ev)) location.hash = `#/record/${encodeURIComponent(id)}`;
}
