import { AppError } from '../../api/errors';
import type { Db } from '../connection';
import { fold } from '../text/fold';
import { getTree, type Tree, type TreeName } from './tree-cache';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LABEL: Record<TreeName, string> = { chains: 'chain', regions: 'region' };

/** Where a name is shared, prefer the more general node (a province over a same-named city). */
function pick(t: Tree, ids: string[]): string {
  return [...ids].sort((a, b) => t.nodes.get(a)!.depth - t.nodes.get(b)!.depth)[0];
}

/** Finds a node by id, name, short name, alias or synonym, in either script. Null when unknown. */
export function findNode(db: Db, tree: TreeName, ref: string): string | null {
  const t = getTree(db, tree);
  if (UUID.test(ref)) return t.nodes.has(ref.toLowerCase()) ? ref.toLowerCase() : null;
  const exact = t.byName.get(fold(ref.trim()));
  if (exact) return pick(t, exact);
  // "光电产业链" written for a chain stored as 光电: try without the common suffixes.
  if (tree === 'chains') {
    const stem = fold(ref.trim()).replace(/(产业链|产业集群|产业|链)$/, '');
    const hit = stem && t.byName.get(stem);
    if (hit) return pick(t, hit);
  }
  return null;
}

/** Resolves references, failing with the field that named an unknown node. */
export function resolveNodes(db: Db, tree: TreeName, refs: string[], field: string, onUnknown?: (ref: string) => string): string[] {
  const ids = refs.map((ref, i) => {
    const id = findNode(db, tree, ref);
    if (id) return id;
    if (onUnknown) return onUnknown(ref);
    throw new AppError('invalid-argument', `unknown ${LABEL[tree]}: ${ref}`, `${field}.${i}`, { reason: 'unknown-node', params: { name: String(ref) } });
  });
  return [...new Set(ids)];
}
