import { z } from 'zod';
import { call } from '../define';
import { Id } from './common';

export interface AppInfo {
  version: string;
  schemaVersion: number;
  dbPath: string;
  counts: { records: number; sources: number; actors: number; chains: number; regions: number };
}

export type TrashKind = 'record' | 'source' | 'actor' | 'chain' | 'region';
export interface TrashItem {
  id: string;
  kind: TrashKind;
  title: string;
  deletedAt: string;
}

export const app = {
  info: call(z.strictObject({}).default({}))<AppInfo>(),
  /** Fills the database with a synthetic research dataset (for a first look, tests and benchmarks). */
  demo: call(z.strictObject({ count: z.number().int().min(1).max(200000).default(300), seed: z.number().int().default(1) }))<{ records: number; sources: number; actors: number }>(),
};

export const trash = {
  list: call(z.strictObject({ limit: z.number().int().min(1).max(10000).default(500) }).default({ limit: 500 }))<TrashItem[]>(),
  restore: call(z.strictObject({ ids: z.array(Id).min(1) }))<{ restored: number }>(),
  /** Deletes for good. */
  purge: call(z.strictObject({ ids: z.array(Id).min(1) }))<{ purged: number }>(),
};
