import { z } from 'zod';
import { call } from '../define';
import { ActorKind, Id, PartialDate } from './common';

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
  delete: call(z.strictObject({ ids: z.array(Id).min(1) }))<{ deleted: number }>(),
};
