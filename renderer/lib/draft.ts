import type { ActorKind, Level, MeetingKind, RecordKind, Relation, Role, Status } from '../../api/contract/common';
import type { RecordDetail, RecordInput } from '../../api/contract/records';

// The editor works on a draft: form-friendly strings for numbers and dates,
// names kept beside ids for display. `key` is a client-side list key only.

let seq = 0;
export const newKey = () => `k${++seq}`;

export interface DraftActor { key: string; id?: string; actorId: string; name: string; actorKind: ActorKind; role: Role; post: string }
export interface DraftProgress { key: string; id?: string; observedOn: string; value: string; sourceId: string | null; note: string }
export interface DraftTarget {
  key: string; id?: string; metric: string; value: string; unit: string; deadline: string; scope: string; baseline: string; notes: string;
  progress: DraftProgress[];
}
export interface DraftLink { key: string; id?: string; relation: Relation; toId: string; toTitle: string; toKind: RecordKind | null }
export interface DraftCitation {
  key: string; id?: string; sourceId: string; sourceTitle: string; outlet: string; quote: string; start: number | null; end: number | null; note: string;
}

export interface Draft {
  id?: string;
  kind: RecordKind;
  subkind: MeetingKind | '';
  title: string;
  summary: string;
  dateStart: string;
  dateEnd: string;
  issuedOn: string;
  place: string;
  level: Level | '';
  hostBody: string;
  status: Status | '';
  instrument: string;
  amountValue: string;
  amountUnit: string;
  docNumber: string;
  notes: string;
  /** Node ids. */
  chains: string[];
  regions: string[];
  tags: string[];
  actors: DraftActor[];
  targets: DraftTarget[];
  links: DraftLink[];
  citations: DraftCitation[];
}

export function emptyDraft(kind: RecordKind = 'meeting'): Draft {
  return {
    kind, subkind: kind === 'meeting' ? 'chain-meeting' : '', title: '', summary: '', dateStart: '', dateEnd: '', issuedOn: '', place: '', level: '', hostBody: '',
    status: kind === 'meeting' ? '' : 'announced', instrument: '', amountValue: '', amountUnit: '', docNumber: '', notes: '',
    chains: [], regions: [], tags: [], actors: [], targets: [], links: [], citations: [],
  };
}

const str = (n: number | null | undefined) => (n == null ? '' : String(n));

export function draftFromDetail(d: RecordDetail): Draft {
  return {
    id: d.id, kind: d.kind, subkind: d.subkind ?? '', title: d.title, summary: d.summary, dateStart: d.dateStart ?? '', dateEnd: d.dateEnd ?? '',
    issuedOn: d.issuedOn ?? '', place: d.place, level: d.level ?? '', hostBody: d.hostBody, status: d.status ?? '', instrument: d.instrument ?? '',
    amountValue: str(d.amount?.value), amountUnit: d.amount?.unit ?? '', docNumber: d.docNumber, notes: d.notes,
    chains: d.chains.map((c) => c.id), regions: d.regions.map((r) => r.id), tags: d.tags,
    actors: d.actors.map((a) => ({ key: newKey(), id: a.id, actorId: a.actorId, name: a.name, actorKind: a.actorKind, role: a.role, post: a.post })),
    targets: d.targets.map((t) => ({
      key: newKey(), id: t.id, metric: t.metric, value: str(t.value), unit: t.unit, deadline: t.deadline ?? '', scope: t.scope, baseline: str(t.baseline), notes: t.notes,
      progress: t.progress.map((p) => ({ key: newKey(), id: p.id, observedOn: p.observedOn, value: str(p.value), sourceId: p.sourceId, note: p.note })),
    })),
    links: d.links.filter((l) => l.direction === 'out').map((l) => ({ key: newKey(), id: l.id, relation: l.relation, toId: l.otherId, toTitle: l.otherTitle, toKind: l.otherKind })),
    citations: d.citations.map((c) => ({
      key: newKey(), id: c.id, sourceId: c.sourceId, sourceTitle: c.sourceTitle, outlet: c.outlet, quote: c.quote, start: c.start, end: c.end, note: c.note,
    })),
  };
}

/** Numbers typed with Chinese or thousands separators ("9,000", "９０") are read as numbers; anything else is kept for the API to refuse. */
function num(s: string): number | null {
  const t = s.trim().replace(/[,，\s]/g, '').replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (!t) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : NaN;
}

const opt = (s: string) => (s.trim() ? s.trim() : null);

/** The draft as the API's RecordInput. Only this record's outgoing links are sent: incoming ones belong to the other records. */
export function draftToInput(d: Draft): RecordInput {
  const amountValue = num(d.amountValue);
  return {
    ...(d.id ? { id: d.id } : {}),
    kind: d.kind,
    subkind: d.kind === 'meeting' ? d.subkind || null : null,
    title: d.title,
    summary: d.summary,
    dateStart: opt(d.dateStart),
    dateEnd: opt(d.dateEnd),
    issuedOn: opt(d.issuedOn),
    place: d.place,
    level: d.level || null,
    hostBody: d.hostBody,
    status: d.kind === 'meeting' ? null : d.status || null,
    instrument: d.kind === 'measure' ? d.instrument || null : null,
    amount: amountValue == null && !d.amountUnit.trim() ? null : { value: amountValue ?? NaN, unit: d.amountUnit },
    docNumber: d.docNumber,
    notes: d.notes,
    chains: d.chains,
    regions: d.regions,
    tags: d.tags,
    actors: d.actors.map((a) => ({ ...(a.id ? { id: a.id } : {}), actorId: a.actorId, role: a.role, post: a.post })),
    targets:
      d.kind === 'meeting'
        ? []
        : d.targets.map((t) => ({
            ...(t.id ? { id: t.id } : {}),
            metric: t.metric, value: num(t.value), unit: t.unit, deadline: opt(t.deadline), scope: t.scope, baseline: num(t.baseline), notes: t.notes,
            progress: t.progress.map((p) => ({ ...(p.id ? { id: p.id } : {}), observedOn: p.observedOn.trim(), value: num(p.value) ?? NaN, sourceId: p.sourceId, note: p.note })),
          })),
    links: d.links.map((l) => ({ ...(l.id ? { id: l.id } : {}), relation: l.relation, toId: l.toId })),
    citations: d.citations.map((c) => ({ ...(c.id ? { id: c.id } : {}), sourceId: c.sourceId, quote: c.quote, start: c.start, end: c.end, note: c.note })),
  };
}
