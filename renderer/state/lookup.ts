import type { RecordKind } from '../../api/contract/common';
import type { RecordRow } from '../../api/contract/records';
import type { Actor } from '../../api/contract/actors';
import type { ActorKind } from '../../api/contract/common';
import { api } from '../platform';

// Look-ups for pickers (a record to link or cite in, an actor to create). They
// live here, not in the pickers, so components never call the API themselves.

export async function findRecords(text: string, kinds?: RecordKind[]): Promise<RecordRow[]> {
  const page = await api.records.list({
    filter: { ...(text.trim() ? { text: text.trim() } : {}), ...(kinds?.length ? { kinds } : {}) },
    sort: text.trim() ? '-date' : '-updated',
    page: { offset: 0, limit: 30 },
  });
  return page.rows;
}

export const createActor = (name: string, kind: ActorKind): Promise<Actor> => api.actors.save({ name, kind });
