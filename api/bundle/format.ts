import { z } from 'zod';
import { ACTOR_KINDS, LEVELS, MEETING_KINDS, RECORD_KINDS, RELATIONS, ROLES, STATUSES } from '../contract/common';

// The bundle a researcher hands a colleague: the selected records with every
// row they reference, in the database's own column names, so a bundle reads
// like the schema (docs/bundle-format.md describes each field). Validated
// whole before a merge writes anything; every limit here is far above real use
// and only keeps a hostile file from costing the machine.

export const BUNDLE_FORMAT = 'chainline-bundle';
/** Raise when a field changes meaning or a required field is added; readers refuse newer versions. */
export const BUNDLE_FORMAT_VERSION = 1;
/** The entry holding the bundle inside the zip: always the first, so detection can read it from the file's head. */
export const BUNDLE_ENTRY = 'bundle.json';

const id = z.string().min(1).max(100);
const time = z.string().min(1).max(40);
const text = (max = 1_000_000) => z.string().max(max);
const opt = <T extends z.ZodType>(t: T) => t.nullable();
const list = <T extends z.ZodType>(t: T, max = 100_000) => z.array(t).max(max);
const names = list(z.string().min(1).max(500), 1000);

const stamps = { created_at: time, updated_at: time };
/** A date as records store it: YYYY, YYYY-MM or YYYY-MM-DD. */
const date = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD');

export const BundleChain = z.object({
  id, parent_id: opt(id), name: z.string().min(1).max(500), en: text(500), level: z.enum(['cluster', 'chain', 'segment']),
  synonyms: names, sort: z.number().int(), ...stamps, deleted_at: opt(time),
});
export const BundleRegion = z.object({
  id, code: z.string().min(1).max(40), parent_id: opt(id), name: z.string().min(1).max(500), short_name: text(500), en: text(500),
  level: z.enum(['national', 'province', 'prefecture', 'county', 'country']), aliases: names, sort: z.number().int(), ...stamps, deleted_at: opt(time),
});
export const BundleTag = z.object({ id, name: z.string().min(1).max(500), ...stamps });
export const BundlePost = z.object({ id, post: z.string().min(1).max(500), org_id: opt(id), start_on: opt(time), end_on: opt(time), ...stamps });
export const BundleActor = z.object({
  id, kind: z.enum(ACTOR_KINDS), name: z.string().min(1).max(500), aliases: names, region_id: opt(id), notes: text(),
  ...stamps, deleted_at: opt(time), posts: list(BundlePost, 1000),
});
export const BundleSource = z.object({
  id, title: z.string().min(1).max(2000), original_title: opt(text(2000)), outlet: text(500), reporter: text(500), published_at: opt(time),
  url: text(4000), body: text(50_000_000), raw: text(100_000_000), format: text(40), encoding: text(40), script: text(40), file_name: text(1000),
  fingerprint: opt(text(200)), suggestions: z.unknown(), notes: text(), title_provisional: z.union([z.literal(0), z.literal(1)]), ...stamps, deleted_at: opt(time),
});
export const BundleProgress = z.object({ id, observed_on: z.string().min(1).max(40), value: z.number(), source_id: opt(id), note: text(), ...stamps });
export const BundleTarget = z.object({
  id, metric: z.string().min(1).max(2000), value: opt(z.number()), unit: text(200), deadline: opt(z.string().max(40)), scope: text(2000),
  baseline: opt(z.number()), notes: text(), sort: z.number().int(), ...stamps, progress: list(BundleProgress, 10_000),
});
export const BundleRecordActor = z.object({ id, actor_id: id, role: z.enum(ROLES), post: text(500), ...stamps });
export const BundleLink = z.object({ id, to_id: id, relation: z.enum(RELATIONS), ...stamps });
export const BundleCitation = z.object({
  id, source_id: id, quote: text(), start_offset: opt(z.number().int().min(0)), end_offset: opt(z.number().int().min(0)), note: text(),
  unanchored_at: opt(time), ...stamps,
});
/** A version's identity: a hash of the record in the form a save takes (db/services/version-hash.ts). */
const hash = z.string().regex(/^[0-9a-f]{64}$/, 'must be a version hash (64 hex digits)');
export const BundleRecord = z.object({
  id, kind: z.enum(RECORD_KINDS), subkind: opt(z.enum(MEETING_KINDS)), title: z.string().min(1).max(2000), summary: text(), date_start: opt(date),
  date_end: opt(date), issued_on: opt(date), place: text(2000), level: opt(z.enum(LEVELS)), host_body: text(2000),
  status: opt(z.enum(STATUSES)), instrument: opt(z.string().max(100)), amount_value: opt(z.number()), amount_unit: opt(z.string().max(100)),
  doc_number: text(500), notes: text(), ...stamps,
  chains: list(id, 1000), regions: list(id, 1000), tags: names,
  actors: list(BundleRecordActor, 10_000), targets: list(BundleTarget, 10_000), links: list(BundleLink, 10_000), citations: list(BundleCitation, 10_000),
  /** This version's hash as its own database computed it, and the hashes of its earlier versions (its history). */
  version: hash, history: list(hash, 100_000),
});
/** A selected record the exporting database has in its trash: enough to carry the deletion, not the content. */
export const BundleTrashed = z.object({ id, title: z.string().min(1).max(2000), deleted_at: time, version: hash, history: list(hash, 100_000) });

export const BundleData = z.object({
  chains: list(BundleChain), regions: list(BundleRegion), tags: list(BundleTag), actors: list(BundleActor), sources: list(BundleSource, 1_000_000),
  records: list(BundleRecord, 1_000_000), trashed: list(BundleTrashed, 1_000_000),
});

export const Bundle = z.object({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.literal(BUNDLE_FORMAT_VERSION),
  exportedAt: time,
  app: z.object({ name: z.string().max(100), version: z.string().max(100) }),
  /** The record filter the bundle was made with (informative). */
  filter: z.unknown(),
  counts: z.record(z.string(), z.number().int().min(0)),
  data: BundleData,
});
export type Bundle = z.infer<typeof Bundle>;
export type BundleData = z.infer<typeof BundleData>;
export type BundleRecord = z.infer<typeof BundleRecord>;
export type BundleChain = z.infer<typeof BundleChain>;
export type BundleRegion = z.infer<typeof BundleRegion>;
export type BundleActor = z.infer<typeof BundleActor>;
export type BundleSource = z.infer<typeof BundleSource>;
export type BundleTrashed = z.infer<typeof BundleTrashed>;
export type BundleTag = z.infer<typeof BundleTag>;
