import { AppError } from '../../api/errors';
import type { TreeNode } from '../../api/contract/taxonomy';
import { newId, nowIso } from '../ids';
import type { Db } from '../connection';
import { getTree, invalidateTree, subtreeIds, type TreeName } from '../queries/tree-cache';
import { liveCountsCte } from '../queries/live-counts';
import { writeTx } from '../tx';

const LINK: Record<TreeName, { table: string; col: string }> = {
  chains: { table: 'record_chains', col: 'chain_id' },
  regions: { table: 'record_regions', col: 'region_id' },
};

export function listTree(db: Db, tree: TreeName, includeTrashed = false): TreeNode[] {
  const { table, col } = LINK[tree];
  // Regions list their short name first (saveRegion reads it back from there).
  const names = tree === 'chains' ? `synonyms AS aliases, '' AS shortName, NULL AS code` : `aliases, short_name AS shortName, code`;
  const rows = db
    .prepare(
      `WITH ${liveCountsCte('counts', table, col)}
       SELECT n.id, n.parent_id AS parentId, n.name, n.en, n.level, ${names}, coalesce(c.n, 0) AS count
       FROM ${tree} n LEFT JOIN counts c ON c.key = n.id ${includeTrashed ? '' : 'WHERE n.deleted_at IS NULL'} ORDER BY n.sort, n.name`,
    )
    .all() as (Omit<TreeNode, 'aliases'> & { aliases: string; shortName: string })[];
  return rows.map(({ shortName, ...r }) => ({ ...r, aliases: [shortName, ...(JSON.parse(r.aliases) as string[])].filter(Boolean) }));
}

export function getNode(db: Db, tree: TreeName, id: string): TreeNode {
  const node = listTree(db, tree, true).find((n) => n.id === id);
  if (!node) throw new AppError('not-found', `no such ${tree === 'chains' ? 'chain' : 'region'}: ${id}`, 'id');
  return node;
}

function checkParent(db: Db, tree: TreeName, id: string | undefined, parentId: string | null): void {
  if (!parentId) return;
  const t = getTree(db, tree);
  if (!t.nodes.has(parentId)) throw new AppError('invalid-argument', `unknown parent: ${parentId}`, 'parentId');
  if (id && subtreeIds(t, [id]).includes(parentId)) throw new AppError('invalid-argument', 'a node cannot move under itself', 'parentId');
}

export interface ChainFields {
  id?: string;
  parentId: string | null;
  name: string;
  en?: string;
  level: string;
  synonyms?: string[];
}

/** Adds or edits (renames, moves) a chain node. */
export function createChain(db: Db, f: ChainFields): string {
  return writeTx(db, () => {
    checkParent(db, 'chains', f.id, f.parentId);
    const now = nowIso();
    const id = f.id ?? newId();
    db.prepare(
      `INSERT INTO chains (id, parent_id, name, en, level, synonyms, sort, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, (SELECT coalesce(max(sort), 0) + 1 FROM chains), ?, ?)
       ON CONFLICT (id) DO UPDATE SET parent_id = excluded.parent_id, name = excluded.name, en = excluded.en,
         level = excluded.level, synonyms = excluded.synonyms, updated_at = excluded.updated_at`,
    ).run(id, f.parentId, f.name, f.en ?? '', f.level, JSON.stringify(f.synonyms ?? []), now, now);
    invalidateTree(db, 'chains');
    return id;
  });
}

export interface RegionFields {
  id?: string;
  parentId: string | null;
  name: string;
  en?: string;
  level: string;
  code?: string;
  aliases?: string[];
}

export function saveRegion(db: Db, f: RegionFields): string {
  return writeTx(db, () => {
    checkParent(db, 'regions', f.id, f.parentId);
    const now = nowIso();
    const id = f.id ?? newId();
    const old = db.prepare('SELECT code, short_name FROM regions WHERE id = ?').get(id) as { code: string; short_name: string } | undefined;
    const code = f.code ?? old?.code ?? `local-${id.slice(0, 8)}`;
    const [shortName, ...aliases] = f.aliases ?? [];
    try {
      db.prepare(
        `INSERT INTO regions (id, code, parent_id, name, short_name, en, level, aliases, sort, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, (SELECT coalesce(max(sort), 0) + 1 FROM regions), ?, ?)
         ON CONFLICT (id) DO UPDATE SET code = excluded.code, parent_id = excluded.parent_id, name = excluded.name,
           short_name = excluded.short_name, en = excluded.en, level = excluded.level, aliases = excluded.aliases, updated_at = excluded.updated_at`,
      ).run(id, code, f.parentId, f.name, shortName ?? '', f.en ?? '', f.level, JSON.stringify(aliases), now, now);
    } catch (err) {
      if (String(err).includes('UNIQUE')) throw new AppError('conflict', `another region has the code ${code}`, 'code');
      throw err;
    }
    invalidateTree(db, 'regions');
    return id;
  });
}

/** Merges `from` into `into`: tags, children and names move over; `from` goes to the trash. */
export function mergeNodes(db: Db, tree: TreeName, from: string, into: string): void {
  if (from === into) throw new AppError('invalid-argument', 'cannot merge a node into itself', 'into');
  writeTx(db, () => {
    const t = getTree(db, tree);
    if (!t.nodes.has(from)) throw new AppError('not-found', `unknown node: ${from}`, 'from');
    if (!t.nodes.has(into)) throw new AppError('not-found', `unknown node: ${into}`, 'into');
    if (subtreeIds(t, [from]).includes(into)) throw new AppError('invalid-argument', 'cannot merge a node into its own subtree', 'into');
    const { table, col } = LINK[tree];
    const now = nowIso();
    db.prepare(`INSERT OR IGNORE INTO ${table} (record_id, ${col}) SELECT record_id, ? FROM ${table} WHERE ${col} = ?`).run(into, from);
    db.prepare(`DELETE FROM ${table} WHERE ${col} = ?`).run(from);
    db.prepare(`UPDATE ${tree} SET parent_id = ?, updated_at = ? WHERE parent_id = ?`).run(into, now, from);
    const namesCol = tree === 'chains' ? 'synonyms' : 'aliases';
    const a = db.prepare(`SELECT name, ${namesCol} AS names FROM ${tree} WHERE id = ?`);
    const src = a.get(from) as { name: string; names: string };
    const dst = a.get(into) as { name: string; names: string };
    const merged = [...new Set([...JSON.parse(dst.names), src.name, ...JSON.parse(src.names)])].filter((n) => n !== dst.name);
    db.prepare(`UPDATE ${tree} SET ${namesCol} = ?, updated_at = ? WHERE id = ?`).run(JSON.stringify(merged), now, into);
    db.prepare(`UPDATE ${tree} SET deleted_at = ?, updated_at = ? WHERE id = ?`).run(now, now, from);
    db.prepare(`UPDATE actors SET region_id = ? WHERE region_id = ?`).run(tree === 'regions' ? into : null, tree === 'regions' ? from : '');
    invalidateTree(db, tree);
  });
}

/** Trashes a node and its subtree; records keep their tags and regain them on restore. */
export function trashNode(db: Db, tree: TreeName, id: string): number {
  return writeTx(db, () => {
    const t = getTree(db, tree);
    if (!t.nodes.has(id)) throw new AppError('not-found', `unknown node: ${id}`, 'id');
    const ids = subtreeIds(t, [id]);
    const now = nowIso();
    db.prepare(`UPDATE ${tree} SET deleted_at = ?, updated_at = ? WHERE id IN (SELECT value FROM json_each(?))`).run(now, now, JSON.stringify(ids));
    invalidateTree(db, tree);
    return ids.length;
  });
}
