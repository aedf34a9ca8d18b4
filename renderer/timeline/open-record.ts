/**
 * Opening a record from the timeline. A `chainline:open-record` event
 * (detail: { id }) goes out first, so a host can handle it (and call
 * preventDefault); otherwise the app's route for a record is set in the URL
 * fragment (#/record/<id>), which the workspace's router follows.
 */
export const OPEN_RECORD_EVENT = 'chainline:open-record';

export function openRecord(id: string): void {
  const ev = new CustomEvent<{ id: string }>(OPEN_RECORD_EVENT, { detail: { id }, cancelable: true });
  if (window.dispatchEvent(ev)) location.hash = `#/record/${encodeURIComponent(id)}`;
}
