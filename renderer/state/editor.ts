import { create } from 'zustand';
import { ApiError } from '../../api/client';
import type { RecordKind } from '../../api/contract/common';
import type { RecordLink } from '../../api/contract/records';
import { draftFromDetail, draftToInput, emptyDraft, newKey, type Draft } from '../lib/draft';
import { api } from '../platform';
import { dataChanged } from './events';
import { reasonText } from '../lib/errors';
import { errorMessage } from './toasts';

export type EditorStatus = 'idle' | 'loading' | 'ready' | 'missing' | 'saving';

interface EditorState {
  status: EditorStatus;
  draft: Draft;
  /** The draft as last loaded or saved: dirty means draft differs from it. */
  baseline: string;
  /** Links from other records to this one (measures of a plan, meetings' announcements), read-only here. */
  incoming: RecordLink[];
  meta: { createdAt: string; updatedAt: string } | null;
  /** Errors by field path relative to the record ('title', 'targets.0.metric'), from the API. */
  errors: Record<string, string>;
  loadError: string | null;
  open(id: string, opts?: { kind?: RecordKind; planId?: string }): Promise<void>;
  update(patch: Partial<Draft>): void;
  /** Edits a draft in place with a function (for nested lists). */
  edit(fn: (d: Draft) => Draft): void;
  /** Makes an existing measure part of the open plan (saves the measure; the plan's own draft is left as it is). */
  attachMeasure(measureId: string): Promise<void>;
  /** Saves in one call; returns the saved id, or null when the API refused (errors set). */
  save(): Promise<string | null>;
  close(): void;
}

const snapshot = (d: Draft) => JSON.stringify(draftToInput(d));

// A record prepared outside the editor (an import suggestion made into a
// draft): the next open('new') starts from it instead of an empty form.
let prepared: Draft | null = null;
/** Hands the editor an unsaved draft; navigate to { screen: 'record', id: 'new' } next. */
export function openDraft(draft: Draft): void {
  prepared = draft;
}

export const useEditor = create<EditorState>((set, get) => ({
  status: 'idle',
  draft: emptyDraft(),
  baseline: snapshot(emptyDraft()),
  incoming: [],
  meta: null,
  errors: {},
  loadError: null,
  async open(id, opts = {}) {
    set({ status: 'loading', errors: {}, loadError: null, incoming: [], meta: null });
    try {
      if (id === 'new' && prepared) {
        const draft = prepared;
        prepared = null;
        // Measured against an empty form, so the prepared draft counts as unsaved work the guard protects.
        set({ status: 'ready', draft, baseline: snapshot(emptyDraft(draft.kind)) });
        return;
      }
      if (id === 'new') {
        const draft = emptyDraft(opts.kind ?? 'meeting');
        if (opts.planId) {
          const plan = await api.records.get({ id: opts.planId });
          draft.links = [{ key: newKey(), relation: 'part-of', toId: plan.id, toTitle: plan.title, toKind: plan.kind }];
          // A measure of a plan usually shares its chains and regions: start from them.
          draft.chains = plan.chains.map((c) => c.id);
          draft.regions = plan.regions.map((r) => r.id);
        }
        // Prefilled from the plan is not work yet: only what the user types makes the form dirty.
        set({ status: 'ready', draft, baseline: snapshot(draft) });
        return;
      }
      const d = await api.records.get({ id });
      const draft = draftFromDetail(d);
      set({ status: 'ready', draft, baseline: snapshot(draft), incoming: d.links.filter((l) => l.direction === 'in'), meta: { createdAt: d.createdAt, updatedAt: d.updatedAt } });
    } catch (err) {
      if (err instanceof ApiError && err.code === 'not-found') set({ status: 'missing' });
      else set({ status: 'missing', loadError: errorMessage(err) });
    }
  },
  async attachMeasure(measureId) {
    const planId = get().draft.id;
    if (!planId) return;
    const m = draftFromDetail(await api.records.get({ id: measureId }));
    if (!m.links.some((l) => l.relation === 'part-of' && l.toId === planId)) {
      m.links.push({ key: newKey(), relation: 'part-of', toId: planId, toTitle: '', toKind: 'plan' });
      await api.records.save({ record: draftToInput(m) });
    }
    const plan = await api.records.get({ id: planId });
    set({ incoming: plan.links.filter((l) => l.direction === 'in') });
    dataChanged();
  },
  update: (patch) => set((s) => ({ draft: { ...s.draft, ...patch } })),
  edit: (fn) => set((s) => ({ draft: fn(s.draft) })),
  async save() {
    const { draft } = get();
    set({ status: 'saving', errors: {} });
    try {
      const d = await api.records.save({ record: draftToInput(draft) });
      const next = draftFromDetail(d);
      set({ status: 'ready', draft: next, baseline: snapshot(next), incoming: d.links.filter((l) => l.direction === 'in'), meta: { createdAt: d.createdAt, updatedAt: d.updatedAt } });
      dataChanged();
      return d.id;
    } catch (err) {
      const field = err instanceof ApiError && err.field ? err.field.replace(/^record\./, '') : '_';
      // The message names the field path; beside the field, the reason alone reads better.
      const message = reasonText(err) ?? errorMessage(err).replace(/^record\.[\w.]+: /, '');
      set({ status: 'ready', errors: { [field]: message } });
      return null;
    }
  },
  close: () => set({ status: 'idle', draft: emptyDraft(), baseline: snapshot(emptyDraft()), errors: {}, incoming: [], meta: null }),
}));

export const isDirty = (s: Pick<EditorState, 'draft' | 'baseline' | 'status'>) => (s.status === 'ready' || s.status === 'saving') && snapshot(s.draft) !== s.baseline;
