import type { Actor } from '../../../api/contract/actors';
import type { Role } from '../../../api/contract/common';
import type { RecordDraft } from '../../../api/contract/imports';
import type { RecordInput } from '../../../api/contract/records';
import { emptyDraft, newKey, type Draft } from '../../lib/draft';

const str = (v: string | number | null | undefined) => (v == null ? '' : String(v));

/**
 * The editor's form state from an unsaved RecordInput (imports.draft). The
 * form shows names beside ids, so the actors and the cited source are passed
 * in as looked up by the caller.
 */
export function toEditorDraft(
  record: RecordInput,
  ctx: { actors: ReadonlyMap<string, Pick<Actor, 'name' | 'kind'>>; source: { id: string; title: string; outlet: string } },
): Draft {
  const d = emptyDraft(record.kind);
  return {
    ...d,
    subkind: record.kind === 'meeting' ? (record.subkind ?? d.subkind) : '',
    title: record.title ?? '',
    summary: record.summary ?? '',
    dateStart: str(record.dateStart ?? record.date),
    dateEnd: str(record.dateEnd),
    issuedOn: str(record.issuedOn),
    place: record.place ?? '',
    level: record.level ?? '',
    hostBody: record.hostBody ?? '',
    status: record.kind === 'meeting' ? '' : (record.status ?? d.status),
    docNumber: record.docNumber ?? '',
    chains: record.chains ?? [],
    regions: record.regions ?? [],
    tags: record.tags ?? [],
    actors: (record.actors ?? []).map((a) => {
      const known = ctx.actors.get(a.actorId);
      return { key: newKey(), actorId: a.actorId, name: known?.name ?? a.actorId, actorKind: known?.kind ?? 'person', role: a.role, post: a.post ?? '' };
    }),
    targets: (record.targets ?? []).map((t) => ({
      key: newKey(), metric: t.metric, value: str(t.value), unit: t.unit ?? '', deadline: str(t.deadline), scope: t.scope ?? '', baseline: str(t.baseline), notes: t.notes ?? '', progress: [],
    })),
    citations: (record.citations ?? []).map((c) => ({
      key: newKey(),
      sourceId: c.sourceId,
      sourceTitle: c.sourceId === ctx.source.id ? ctx.source.title : '',
      outlet: c.sourceId === ctx.source.id ? ctx.source.outlet : '',
      quote: c.quote ?? '',
      start: c.start ?? null,
      end: c.end ?? null,
      note: c.note ?? '',
    })),
  };
}

/** The role a newly created person takes in the draft, as the back end picks it for known actors (import-draft.ts). */
export const roleFor = (post: string, kind: RecordInput['kind']): Role => (post.includes('链长') ? 'chain-chief' : kind === 'meeting' ? 'attendee' : 'issuer');

export type NewPerson = RecordDraft['newPeople'][number];
