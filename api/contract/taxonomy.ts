import { z } from 'zod';
import { call } from '../define';
import { Id } from './common';

export const CHAIN_LEVELS = ['cluster', 'chain', 'segment'] as const;
export const REGION_LEVELS = ['national', 'province', 'prefecture', 'county', 'country'] as const;

export interface TreeNode {
  id: string;
  parentId: string | null;
  name: string;
  en: string;
  level: string;
  /** Chains: synonyms; regions: short name first, then aliases. */
  aliases: string[];
  code: string | null;
  /** Records tagged with this node itself (not its subtree). */
  count: number;
}

const Names = z.array(z.string().trim().min(1).max(100)).max(100);

export const taxonomy = {
  chains: call(z.strictObject({ includeTrashed: z.boolean().default(false) }).default({ includeTrashed: false }))<TreeNode[]>(),
  regions: call(z.strictObject({ includeTrashed: z.boolean().default(false) }).default({ includeTrashed: false }))<TreeNode[]>(),
  saveChain: call(
    z.strictObject({
      id: Id.optional(),
      parentId: Id.nullable(),
      name: z.string().trim().min(1, 'a name is required').max(100),
      en: z.string().max(200).default(''),
      level: z.enum(CHAIN_LEVELS),
      synonyms: Names.default([]),
    }),
  )<TreeNode>(),
  saveRegion: call(
    z.strictObject({
      id: Id.optional(),
      parentId: Id.nullable(),
      name: z.string().trim().min(1, 'a name is required').max(100),
      en: z.string().max(200).default(''),
      level: z.enum(REGION_LEVELS),
      code: z.string().trim().min(1).max(20).optional(),
      aliases: Names.default([]),
    }),
  )<TreeNode>(),
  /** Moves `from`'s tags, children and names into `into`, then trashes `from`. */
  merge: call(z.strictObject({ tree: z.enum(['chains', 'regions']), from: Id, into: Id }))<TreeNode>(),
  delete: call(z.strictObject({ tree: z.enum(['chains', 'regions']), id: Id }))<{ deleted: number }>(),
  tags: call(z.strictObject({}).default({}))<{ name: string; count: number }[]>(),
  instruments: call(z.strictObject({}).default({}))<InstrumentInfo[]>(),
};

export interface InstrumentInfo {
  code: string;
  category: string;
  categoryZh: string;
  categoryEn: string;
  zh: string;
  en: string;
}
