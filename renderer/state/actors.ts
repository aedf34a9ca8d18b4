import i18next from 'i18next';
import { create } from 'zustand';
import type { Actor, ActorRecord } from '../../api/contract/actors';
import type { ActorKind } from '../../api/contract/common';
import { api } from '../platform';
import { dataChanged, onDataChanged } from './events';
import { errorMessage, toast } from './toasts';

export interface ActorFields {
  id?: string;
  kind: ActorKind;
  name: string;
  aliases: string[];
  regionId: string | null;
  notes: string;
  posts: { id?: string; post: string; orgId: string | null; startOn: string; endOn: string }[];
}

export const toFields = (a: Actor): ActorFields => ({
  id: a.id, kind: a.kind, name: a.name, aliases: a.aliases, regionId: a.regionId, notes: a.notes,
  posts: a.posts.map((p) => ({ id: p.id, post: p.post, orgId: p.orgId, startOn: p.startOn ?? '', endOn: p.endOn ?? '' })),
});

interface ActorsState {
  text: string;
  kind: ActorKind | '';
  rows: Actor[];
  loaded: boolean;
  error: string | null;
  /** Names of actors by id, for posts whose organisation is another actor. */
  names: Map<string, string>;
  /** The selected actor, fetched by id: it stays open when the list's filter no longer shows it. */
  current: Actor | null;
  records: { id: string; rows: ActorRecord[] } | null;
  setText(text: string): void;
  setKind(kind: ActorKind | ''): void;
  load(): Promise<void>;
  /** Fetches the selected actor and its records (undefined clears). */
  loadCurrent(id: string | undefined): Promise<void>;
  save(f: ActorFields): Promise<Actor>;
  merge(from: Actor, into: Actor): Promise<void>;
  remove(a: Actor): Promise<void>;
  undoMerge(from: { id: string; name: string }): Promise<void>;
}

let seq = 0;
/** The actor the screen asked for last: an older answer must not replace it. */
let wanted: string | undefined;

export const useActors = create<ActorsState>((set, get) => ({
  text: '',
  kind: '',
  rows: [],
  loaded: false,
  error: null,
  names: new Map(),
  current: null,
  records: null,
  setText(text) {
    set({ text });
    void get().load();
  },
  setKind(kind) {
    set({ kind });
    void get().load();
  },
  async load() {
    const mine = ++seq;
    const { text, kind } = get();
    try {
      const [rows, all] = await Promise.all([
        api.actors.list({ text: text.trim() || undefined, kind: kind || undefined, limit: 5000 }),
        api.actors.list({ limit: 5000 }),
      ]);
      if (mine !== seq) return;
      set({ rows, loaded: true, error: null, names: new Map(all.map((a) => [a.id, a.name])) });
      if (wanted) await get().loadCurrent(wanted);
    } catch (err) {
      if (mine === seq) set({ error: errorMessage(err) });
    }
  },
  async loadCurrent(id) {
    wanted = id;
    if (!id) return set({ current: null, records: null });
    try {
      const [current, rows] = await Promise.all([api.actors.get({ id }), api.actors.records({ id })]);
      if (wanted === id) set({ current, records: { id, rows } });
    } catch {
      // Gone (merged or in the trash): nothing is open.
      if (wanted === id) set({ current: null, records: null });
    }
  },
  async save(f) {
    const a = await api.actors.save({
      ...f,
      posts: f.posts.map((p) => ({ id: p.id, post: p.post, orgId: p.orgId, startOn: p.startOn.trim() || null, endOn: p.endOn.trim() || null })),
    });
    await get().load();
    toast(i18next.t('toast.saved'));
    dataChanged();
    return a;
  },
  async merge(from, into) {
    const kept = await api.actors.merge({ from: from.id, into: into.id });
    await get().load();
    dataChanged();
    toast(i18next.t('toast.merged', { name: kept.name }), {
      label: i18next.t('common.undo'),
      run: () => get().undoMerge(from),
    });
  },
  async remove(a) {
    await api.actors.delete({ ids: [a.id] });
    await get().load();
    dataChanged();
    toast(i18next.t('actors.trashed', { name: a.name }), {
      label: i18next.t('common.undo'),
      run: async () => {
        await api.trash.restore({ ids: [a.id] });
        await get().load();
        dataChanged();
      },
    });
  },
  async undoMerge(from) {
    await api.trash.restore({ ids: [from.id] });
    await get().load();
    dataChanged();
    toast(i18next.t('actors.unmerged', { name: from.name }));
  },
}));

// Counts change when records are saved or deleted elsewhere.
onDataChanged(() => {
  const s = useActors.getState();
  if (s.loaded) void s.load();
});
