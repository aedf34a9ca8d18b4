import { create } from 'zustand';
import type { Actor } from '../../../api/contract/actors';
import type { RecordKind } from '../../../api/contract/common';
import type { RecordInput } from '../../../api/contract/records';
import type { SourceDetail } from '../../../api/contract/sources';
import { api } from '../../platform';
import { openDraft } from '../../state/editor';
import { useNav } from '../../state/nav';
import { roleFor, toEditorDraft, type NewPerson } from '../lib/to-editor-draft';

type SourceRef = Pick<SourceDetail, 'id' | 'title' | 'outlet'>;

interface Pending {
  source: SourceRef;
  record: RecordInput;
  people: NewPerson[];
}

interface DraftingState {
  /** The kind being drafted, while imports.draft runs. */
  busy: RecordKind | null;
  /** A draft that names people who are not actors yet: the confirm step asks which to create. */
  pending: Pending | null;
  /** Builds a draft record from the source around offset `at`, then opens it in the editor (after the confirm step if needed). */
  draft(source: SourceRef, kind: RecordKind, at?: number): Promise<void>;
  /** Creates the chosen people as actors, adds them to the draft and opens it. */
  confirm(chosen: NewPerson[]): Promise<void>;
  dismiss(): void;
}

/** Names of the actors the back end matched (it returns ids only); one list call, only when there are any. */
async function actorNames(record: RecordInput): Promise<Map<string, Pick<Actor, 'name' | 'kind'>>> {
  const ids = new Set((record.actors ?? []).map((a) => a.actorId));
  if (!ids.size) return new Map();
  const all = await api.actors.list({ limit: 5000 });
  return new Map(all.filter((a) => ids.has(a.id)).map((a) => [a.id, a]));
}

async function openInEditor(source: SourceRef, record: RecordInput, created: Actor[]) {
  const names = await actorNames(record);
  for (const a of created) names.set(a.id, a);
  openDraft(toEditorDraft(record, { actors: names, source }));
  useNav.getState().go({ screen: 'record', id: 'new', kind: record.kind });
}

export const useDrafting = create<DraftingState>((set, get) => ({
  busy: null,
  pending: null,
  async draft(source, kind, at) {
    if (get().busy) return;
    set({ busy: kind });
    try {
      const { record, newPeople } = await api.imports.draft({ sourceId: source.id, kind, ...(at != null && at >= 0 ? { at } : {}) });
      if (newPeople.length) set({ pending: { source, record, people: newPeople } });
      else await openInEditor(source, record, []);
    } finally {
      set({ busy: null });
    }
  },
  async confirm(chosen) {
    const p = get().pending;
    if (!p) return;
    const created: Actor[] = [];
    // Posts longer than the actor field allows are cut rather than refused: the full post stays in the cited sentence.
    for (const person of chosen) created.push(await api.actors.save({ kind: 'person', name: person.name, posts: person.post ? [{ post: person.post.slice(0, 200) }] : [] }));
    const post = new Map(chosen.map((c) => [c.name, c.post]));
    const record: RecordInput = {
      ...p.record,
      actors: [...(p.record.actors ?? []), ...created.map((a) => ({ actorId: a.id, role: roleFor(post.get(a.name) ?? '', p.record.kind), post: post.get(a.name) ?? '' }))],
    };
    set({ pending: null });
    await openInEditor(p.source, record, created);
  },
  dismiss: () => set({ pending: null }),
}));
