import type { RecordVersion } from '../../api/contract/records';
import { api } from '../platform';
import { useEditor } from './editor';
import { dataChanged } from './events';

/** Earlier versions of the record open in the editor, newest first. */
export const loadHistory = (id: string): Promise<RecordVersion[]> => api.records.history({ id });

/** Brings a version back and reloads the editor on it (the version it replaces joins the history). */
export async function restoreVersion(id: string, seq: number): Promise<void> {
  await api.records.restoreVersion({ id, seq });
  await useEditor.getState().open(id);
  dataChanged();
}

/** The newest version's number (0 when there is none), to tell whether a save just added one. */
export async function newestVersion(id: string): Promise<number> {
  return (await loadHistory(id))[0]?.seq ?? 0;
}
