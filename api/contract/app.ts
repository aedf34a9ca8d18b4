import { z } from 'zod';
import { call } from '../define';

export interface AppInfo {
  version: string;
  schemaVersion: number;
  dbPath: string;
  counts: { records: number; sources: number; actors: number; chains: number; regions: number; /** Records of the demo dataset (tagged DEMO_TAG). */ demo: number };
}

/** The tag every demo record carries, so demo data mixed into real work can be found and removed. */
export const DEMO_TAG = '示例数据';

export const app = {
  info: call(z.strictObject({}).default({}))<AppInfo>(),
  /** Fills the database with a synthetic research dataset (for a first look, tests and benchmarks). */
  demo: call(
    z.strictObject({
      count: z.number().int().min(1).max(200000).default(300),
      seed: z.number().int().default(1),
      /** Into a database that already has records only when asked: demo data would mix with real work. */
      force: z.boolean().default(false),
    }),
  )<{ records: number; sources: number; actors: number }>(),
  /** Moves the demo data (records tagged DEMO_TAG, their demo sources and actors) to the trash, where it can be restored. */
  removeDemo: call(z.strictObject({}).default({}))<{ records: number; sources: number; actors: number }>(),
};
