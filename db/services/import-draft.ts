import { AppError } from '../../api/errors';
import type { RecordKind } from '../../api/contract/common';
import type { RecordDraft } from '../../api/contract/imports';
import type { RecordInput } from '../../api/contract/records';
import type { Suggestions } from '../../import';
import { SentenceIndex } from '../../import/suggest/sentences';
import { parseDateRange } from '../../api/dates-parse';
import { fold } from '../text/fold';
import type { Db } from '../connection';
import { getTree } from '../queries/tree-cache';

const MAX_TAGS = 3;

function nearest<T extends { start: number }>(items: T[], at: number): T | undefined {
  return [...items].filter((i) => i.start >= 0).sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];
}

/** Tags mentioned at least a third as often as the most mentioned one: the article's subject, not passing mentions. */
function mainTags(tags: { id: string; count: number }[]): string[] {
  const top = tags[0]?.count ?? 0;
  return tags.filter((t) => t.count * 3 >= top).slice(0, MAX_TAGS).map((t) => t.id);
}

/** 全国/中国 mostly comes from names like 中国电科: keep it only when the article names no other region. */
function regionsWithoutNational<T extends { id: string }>(db: Db, regions: T[]): T[] {
  const t = getTree(db, 'regions');
  const local = regions.filter((r) => t.nodes.get(r.id)?.level !== 'national');
  return local.length ? local : regions;
}

/** Where a meeting was held (在郑州召开, 于洛阳举行): that region belongs to the record even when the article names it once. */
function venueOf(body: string, regions: Suggestions['regions']): string | null {
  for (const r of regions) {
    if (r.start < 0) continue;
    if (/[在于]$/.test(body.slice(Math.max(0, r.start - 1), r.start)) && /^[^，。；！？,;\n]{0,12}?(?:召开|举行|举办|开幕)/.test(body.slice(r.end, r.end + 16))) return r.id;
  }
  return null;
}

const withVenue = (ids: string[], venue: string | null) => (venue && !ids.includes(venue) ? [...ids, venue] : ids);

function chooseKind(s: Suggestions): RecordKind {
  if (s.meetingKinds.length) return 'meeting';
  if (s.plans.some((p) => p.docKind === 'plan')) return 'plan';
  if (s.plans.some((p) => p.docKind === 'measure')) return 'measure';
  return 'meeting';
}

/**
 * Turns a source's suggestions into an unsaved record: kind, date, chains,
 * regions, people who are already actors, targets, and a citation of the
 * sentence the record rests on. The researcher reviews it in the editor.
 */
export function draftFromSource(db: Db, sourceId: string, kindWanted?: RecordKind, at?: number): RecordDraft {
  const src = db.prepare('SELECT title, body, published_at AS publishedAt, suggestions FROM sources WHERE id = ?').get(sourceId) as
    | { title: string; body: string; publishedAt: string | null; suggestions: string }
    | undefined;
  if (!src) throw new AppError('not-found', `no such source: ${sourceId}`, 'sourceId');
  const s = { dates: [], regions: [], chains: [], meetingKinds: [], plans: [], targets: [], people: [], bodies: [], firms: [], ...JSON.parse(src.suggestions) } as Suggestions;
  const kind = kindWanted ?? chooseKind(s);
  const plan = kind !== 'meeting' ? (nearest(s.plans.filter((p) => p.docKind === kind), at ?? 0) ?? nearest(s.plans, at ?? 0)) : undefined;
  const meeting = kind === 'meeting' ? (s.meetingKinds.find((m) => m.start >= 0) ?? s.meetingKinds[0]) : undefined;
  const anchor = at ?? plan?.start ?? (meeting && meeting.start >= 0 ? meeting.start : undefined) ?? nearest(s.dates, 0)?.start ?? 0;
  const sentence = new SentenceIndex(src.body).at(Math.min(anchor, Math.max(0, src.body.length - 1)));
  const inSentence = s.dates.filter((d) => d.start >= sentence.start && d.end <= sentence.end);
  const date = inSentence[0] ?? nearest(s.dates, anchor);
  // A plan's period is in its title when the title has one (三年行动计划(2024—2026年)), not the article's date.
  const period = plan ? parseDateRange(/[（(]([^（()）]*\d{4}[^（()）]*)[)）]/.exec(plan.title)?.[1] ?? '') : null;
  // A date whose year the article does not give is left for the researcher to fill, never guessed.
  const when = period ? period.start : date?.yearFrom === 'open' ? null : (date?.iso ?? src.publishedAt?.slice(0, 10) ?? null);

  const people = s.people.filter((p, i) => s.people.findIndex((q) => q.name === p.name) === i);
  // The same person in the other script (樓陽生 is 楼阳生): names and aliases compared folded to simplified.
  const known = new Map<string, string>();
  for (const a of db.prepare(`SELECT id, name, aliases FROM actors WHERE deleted_at IS NULL`).all() as { id: string; name: string; aliases: string }[])
    for (const n of [a.name, ...(JSON.parse(a.aliases) as string[])]) if (!known.has(fold(n))) known.set(fold(n), a.id);
  const actors: NonNullable<RecordInput['actors']> = [];
  const newPeople: RecordDraft['newPeople'] = [];
  for (const p of people) {
    const hitId = known.get(fold(p.name));
    const hit = hitId ? { id: hitId } : undefined;
    if (hit) actors.push({ actorId: hit.id, role: p.post.includes('链长') ? 'chain-chief' : kind === 'meeting' ? 'attendee' : 'issuer', post: p.post });
    else newPeople.push({ name: p.name, post: p.post });
  }

  const record: RecordInput = {
    kind,
    subkind: meeting?.kind ?? (kind === 'meeting' ? 'other' : null),
    title: plan ? `《${plan.title.replace(/^《|》$/g, '')}》` : src.title,
    dateStart: when,
    ...(period ? { dateEnd: period.end } : {}),
    docNumber: plan?.docNumber ?? '',
    hostBody: kind === 'meeting' ? '' : (s.bodies[0]?.name ?? ''),
    status: kind === 'meeting' ? null : 'announced',
    chains: mainTags(s.chains),
    regions: withVenue(mainTags(regionsWithoutNational(db, s.regions)), kind === 'meeting' ? venueOf(src.body, s.regions) : null),
    actors,
    targets:
      kind === 'meeting'
        ? []
        : [...s.targets].sort((a, b) => Number(b.year !== null) - Number(a.year !== null)).slice(0, 5).map((t) => ({ metric: t.what || t.text, value: t.value, unit: t.unit, deadline: t.year ? String(t.year) : null })),
    citations: sentence.text ? [{ sourceId, quote: sentence.text, start: sentence.start, end: sentence.end }] : [],
  };
  return { record, newPeople };
}
