import type { Db } from '../connection';
import { fold } from '../text/fold';

export type TreeName = 'chains' | 'regions';

export interface CachedNode {
  id: string;
  parentId: string | null;
  name: string;
  level: string;
  /** Names it may be called by, besides `name`. */
  aliases: string[];
  depth: number;
}

export interface Tree {
  nodes: Map<string, CachedNode>;
  children: Map<string | null, string[]>;
  /** Folded name → ids: several nodes may share a name (新材料 as a Henan cluster and a national one). */
  byName: Map<string, string[]>;
}

// The trees are small (hundreds of nodes) and read on every filter and save,
// so they are cached per database and dropped whenever a tree changes.
const caches = new WeakMap<Db, Partial<Record<TreeName, Tree>>>();

export function invalidateTree(db: Db, tree: TreeName): void {
  const c = caches.get(db);
  if (c) delete c[tree];
}

function load(db: Db, tree: TreeName): Tree {
  const rows = db
    .prepare(
      tree === 'chains'
        ? `SELECT id, parent_id AS parentId, name, level, synonyms AS aliases FROM chains WHERE deleted_at IS NULL ORDER BY sort, name`
        : `SELECT id, parent_id AS parentId, name, level, json_insert(aliases, '$[#]', short_name) AS aliases FROM regions WHERE deleted_at IS NULL ORDER BY sort, name`,
    )
    .all() as { id: string; parentId: string | null; name: string; level: string; aliases: string }[];
  const nodes = new Map<string, CachedNode>();
  const children = new Map<string | null, string[]>();
  const byName = new Map<string, string[]>();
  for (const r of rows) {
    nodes.set(r.id, { ...r, aliases: (JSON.parse(r.aliases) as string[]).filter(Boolean), depth: 0 });
  }
  for (const n of nodes.values()) {
    // A parent in the trash leaves its live children at the top level.
    const parent = n.parentId && nodes.has(n.parentId) ? n.parentId : null;
    n.parentId = parent;
    if (!children.has(parent)) children.set(parent, []);
    children.get(parent)!.push(n.id);
    for (const name of new Set([n.name, ...n.aliases])) {
      const key = fold(name);
      if (!byName.has(key)) byName.set(key, []);
      byName.get(key)!.push(n.id);
    }
  }
  const setDepth = (id: string | null, depth: number) =>
    (children.get(id) ?? []).forEach((c) => {
      nodes.get(c)!.depth = depth;
      setDepth(c, depth + 1);
    });
  setDepth(null, 1);
  return { nodes, children, byName };
}

export function getTree(db: Db, tree: TreeName): Tree {
  let c = caches.get(db);
  if (!c) caches.set(db, (c = {}));
  return (c[tree] ??= load(db, tree));
}

export function subtreeIds(t: Tree, ids: Iterable<string>): string[] {
  const out = new Set<string>();
  const stack = [...ids];
  while (stack.length) {
    const id = stack.pop()!;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(t.children.get(id) ?? []));
  }
  return [...out];
}

export function ancestorAt(t: Tree, id: string, depth: number): CachedNode | undefined {
  let n = t.nodes.get(id);
  while (n && n.depth > depth && n.parentId) n = t.nodes.get(n.parentId);
  return n;
}

export function pathOf(t: Tree, id: string): CachedNode[] {
  const path: CachedNode[] = [];
  for (let n = t.nodes.get(id); n; n = n.parentId ? t.nodes.get(n.parentId) : undefined) path.unshift(n);
  return path;
}
