import { z } from 'zod';
import { call } from '../define';

export interface AppInfo {
  version: string;
  schemaVersion: number;
  dbPath: string;
  counts: { records: number; sources: number; actors: number; chains: number; regions: number };
}

export const app = {
  info: call(z.strictObject({}).default({}))<AppInfo>(),
  /** Fills the database with a synthetic research dataset (for a first look, tests and benchmarks). */
  demo: call(z.strictObject({ count: z.number().int().min(1).max(200000).default(300), seed: z.number().int().default(1) }))<{ records: number; sources: number; actors: number }>(),
};
