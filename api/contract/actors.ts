import { z } from 'zod';
import { call } from '../define';
import { ActorKind, Id, PartialDate, type Precision, type RecordKind, type Role } from './common';

export interface ActorPost {
  id: string;
  post: string;
  orgId: string | null;
  startOn: string | null;
  endOn: string | null;
}
export interface Actor {
  id: string;
  kind: ActorKind;
  name: string;
  aliases: string[];
  regionId: string | null;
  notes: string;
  posts: ActorPost[];
  recordCount: number;
  /** The actors merged into this one whose merge can still be undone (by restoring them from the trash). */
  mergedFrom: { id: string; name: string; mergedAt: string }[];
}

/** A record an actor is linked to, with the roles it plays there. */
export interface ActorRecord {
  id: string;
  kind: RecordKind;
  title: string;
  dateStart: string | null;
  dateEnd: string | null;
  precision: Precision | null;
  roles: { role: Role; post: string }[];
}

export const actors = {
  list: call(z.strictObject({ text: z.string().max(100).optional(), kind: ActorKind.optional(), limit: z.number().int().min(1).max(5000).default(200) }))<Actor[]>(),
  save: call(
    z.strictObject({
      id: Id.optional(),
      kind: ActorKind,
      name: z.string().trim().min(1, 'a name is required').max(200),
      aliases: z.array(z.string().trim().min(1).max(200)).default([]),
      regionId: Id.nullish(),
      notes: z.string().max(20000).default(''),
      posts: z
        .array(z.strictObject({ id: Id.optional(), post: z.string().trim().min(1).max(200), orgId: Id.nullish(), startOn: PartialDate.nullish(), endOn: PartialDate.nullish() }))
        .default([]),
    }),
  )<Actor>(),
  get: call(z.strictObject({ id: Id }))<Actor>(),
  /** The live records an actor is linked to, newest first. */
  records: call(z.strictObject({ id: Id }))<ActorRecord[]>(),
  /**
   * Merges `from` into `into`: its record links (with roles), posts, the posts
   * naming it as their organisation, and its names (as aliases) move to `into`;
   * `from` goes to the trash. Restoring `from` from the trash undoes the merge.
   */
  merge: call(z.strictObject({ from: Id, into: Id }))<Actor>(),
  delete: call(z.strictObject({ ids: z.array(Id).min(1) }))<{ deleted: number }>(),
};
