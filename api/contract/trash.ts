import { z } from 'zod';
import { call } from '../define';
import { Id } from './common';

export type TrashKind = 'record' | 'source' | 'actor' | 'chain' | 'region';
export interface TrashItem {
  id: string;
  kind: TrashKind;
  title: string;
  deletedAt: string;
}

export const trash = {
  list: call(z.strictObject({ limit: z.number().int().min(1).max(10000).default(500) }).default({ limit: 500 }))<TrashItem[]>(),
  restore: call(z.strictObject({ ids: z.array(Id).min(1) }))<{ restored: number }>(),
  /** Deletes for good. */
  purge: call(z.strictObject({ ids: z.array(Id).min(1) }))<{ purged: number }>(),
};
