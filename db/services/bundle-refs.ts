import type { BundleActor, BundleChain, BundleData, BundleRegion, BundleSource } from '../../api/bundle/format';
import type { MergeCounts } from '../../api/contract/exchange';
import { AppError } from '../../api/errors';
import type { Db } from '../connection';
import { newId, nowIso } from '../ids';
import { packOriginal, unpackOriginal } from '../text/original';
import { stmt } from '../stmt';

// What the records of a bundle reference, matched to this database: each
// incoming id is mapped to a local one (the same UUID; else the same name under
// the same parent, the same actor name and kind, the same article fingerprint)
// or added. Matching only reads; the writes it decides wait in `writes` until
// the whole bundle has been checked.

export type IdMap = Map<string, string>;
type Write = () => void;

export interface RefPlan {
  chains: IdMap;
  regions: IdMap;
  actors: IdMap;
  sources: IdMap;
  counts: { chains: MergeCounts; regions: MergeCounts; actors: MergeCounts; tags: MergeCounts; sources: MergeCounts };
  writes: Write[];
  /** Actors whose names changed: the records naming them are indexed again. */
  renamedActors: string[];
}

const zero = (): MergeCounts => ({ added: 0, matched: 0, updated: 0 });
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Parents before children, whatever order the bundle lists them in; a node whose parent is nowhere is refused. */
function parentsFirst<T extends { id: string; parent_id: string | null; name: string }>(db: Db, tree: string, nodes: T[]): T[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const out: T[] = [];
  const done = new Set<string>();
  const visit = (n: T, depth: number) => {
    if (done.has(n.id)) return;
    if (depth > 64) throw new AppError('invalid-argument', `${tree} ${n.id} ${n.name}: its parents form a loop`, `data.${tree}`);
    const parent = n.parent_id ? byId.get(n.parent_id) : undefined;
    if (parent) visit(parent, depth + 1);
    else if (n.parent_id && !stmt(db, `SELECT 1 FROM ${tree} WHERE id = ?`).get(n.parent_id)) {
      throw new AppError('invalid-argument', `${tree} ${n.id} ${n.name}: its parent ${n.parent_id} is neither in the bundle nor here`, `data.${tree}`);
    }
    done.add(n.id);
    out.push(n);
  };
  nodes.forEach((n) => visit(n, 0));
  return out;
}

function treeNodes<T extends BundleChain | BundleRegion>(db: Db, tree: 'chains' | 'regions', nodes: T[], p: RefPlan): void {
  const map = p[tree];
  const counts = p.counts[tree];
  const byId = stmt(db, `SELECT id, name, en, sort, updated_at FROM ${tree} WHERE id = ?`);
  const byName = stmt(db, `SELECT id FROM ${tree} WHERE name = ? AND parent_id IS ? AND deleted_at IS NULL ORDER BY created_at, id LIMIT 1`);
  const byCode = stmt(db, 'SELECT id FROM regions WHERE code = ?');
  for (const n of parentsFirst(db, tree, nodes)) {
    const parent = n.parent_id ? (map.get(n.parent_id) ?? n.parent_id) : null;
    const local = byId.get(n.id) as { id: string; name: string; en: string; sort: number; updated_at: string } | undefined;
    if (local) {
      map.set(n.id, n.id);
      // Only names and order follow a newer edit: moving a node or trashing it stays a local decision.
      const list = tree === 'chains' ? 'synonyms' : 'aliases';
      const incomingList = (n as BundleChain).synonyms ?? (n as BundleRegion).aliases;
      if (n.updated_at > local.updated_at && !same([local.name, local.en, local.sort], [n.name, n.en, n.sort])) {
        counts.updated++;
        p.writes.push(() =>
          stmt(db, `UPDATE ${tree} SET name = ?, en = ?, sort = ?, ${list} = ?, updated_at = ? WHERE id = ?`).run(n.name, n.en, n.sort, JSON.stringify(incomingList), n.updated_at, n.id),
        );
      } else counts.matched++;
      continue;
    }
    const found = ((tree === 'regions' ? byCode.get((n as BundleRegion).code) : undefined) ?? byName.get(n.name, parent)) as { id: string } | undefined;
    if (found) {
      map.set(n.id, found.id);
      counts.matched++;
      continue;
    }
    map.set(n.id, n.id);
    counts.added++;
    p.writes.push(() => {
      if (tree === 'chains') {
        const c = n as BundleChain;
        stmt(db, 'INSERT INTO chains (id, parent_id, name, en, level, synonyms, sort, created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
          c.id, parent, c.name, c.en, c.level, JSON.stringify(c.synonyms), c.sort, c.created_at, c.updated_at, c.deleted_at,
        );
      } else {
        const r = n as BundleRegion;
        stmt(db, 'INSERT INTO regions (id, code, parent_id, name, short_name, en, level, aliases, sort, created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
          r.id, r.code, parent, r.name, r.short_name, r.en, r.level, JSON.stringify(r.aliases), r.sort, r.created_at, r.updated_at, r.deleted_at,
        );
      }
    });
  }
}

/** Where an actor merged into another here went (following later merges). */
function mergedInto(db: Db, id: string): string | null {
  let at = id;
  for (let i = 0; i < 16; i++) {
    const m = stmt(db, 'SELECT into_id AS id FROM actor_merges WHERE from_id = ? ORDER BY seq DESC LIMIT 1').get(at) as { id: string } | undefined;
    if (!m) return i ? at : null;
    at = m.id;
  }
  return at;
}

function actors(db: Db, list: BundleActor[], p: RefPlan): void {
  const byId = stmt(db, 'SELECT id, kind, name, aliases, region_id, notes, updated_at, deleted_at FROM actors WHERE id = ?');
  const byName = stmt(db, 'SELECT id FROM actors WHERE kind = ? AND name = ? AND deleted_at IS NULL ORDER BY created_at, id LIMIT 1');
  const region = (id: string | null) => (id ? (p.regions.get(id) ?? (stmt(db, 'SELECT 1 FROM regions WHERE id = ?').get(id) ? id : null)) : null);
  for (const a of list) {
    const local = byId.get(a.id) as { kind: string; name: string; aliases: string; region_id: string | null; notes: string; updated_at: string; deleted_at: string | null } | undefined;
    if (local) {
      const into = local.deleted_at ? mergedInto(db, a.id) : null;
      p.actors.set(a.id, into ?? a.id);
      const fields = [a.kind, a.name, a.aliases, region(a.region_id), a.notes];
      if (!into && a.updated_at > local.updated_at && !same(fields, [local.kind, local.name, JSON.parse(local.aliases), local.region_id, local.notes])) {
        p.counts.actors.updated++;
        if (a.name !== local.name || !same(a.aliases, JSON.parse(local.aliases))) p.renamedActors.push(a.id);
        p.writes.push(() =>
          stmt(db, 'UPDATE actors SET kind = ?, name = ?, aliases = ?, region_id = ?, notes = ?, updated_at = ? WHERE id = ?').run(
            a.kind, a.name, JSON.stringify(a.aliases), region(a.region_id), a.notes, a.updated_at, a.id,
          ),
        );
      } else p.counts.actors.matched++;
      continue;
    }
    const found = byName.get(a.kind, a.name) as { id: string } | undefined;
    p.actors.set(a.id, found?.id ?? a.id);
    if (found) {
      p.counts.actors.matched++;
      continue;
    }
    p.counts.actors.added++;
    p.writes.push(() =>
      stmt(db, 'INSERT INTO actors (id, kind, name, aliases, region_id, notes, created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
        a.id, a.kind, a.name, JSON.stringify(a.aliases), region(a.region_id), a.notes, a.created_at, a.updated_at, a.deleted_at,
      ),
    );
  }
  // Posts after every actor is placed: a post's organisation may be any of them.
  for (const a of list) {
    const actorId = p.actors.get(a.id)!;
    for (const post of a.posts) {
      const org = post.org_id ? (p.actors.get(post.org_id) ?? null) : null;
      const local = stmt(db, 'SELECT updated_at FROM actor_posts WHERE id = ?').get(post.id) as { updated_at: string } | undefined;
      if (local) {
        if (post.updated_at > local.updated_at) {
          p.writes.push(() =>
            stmt(db, 'UPDATE actor_posts SET post = ?, org_id = ?, start_on = ?, end_on = ?, updated_at = ? WHERE id = ?').run(post.post, org, post.start_on, post.end_on, post.updated_at, post.id),
          );
        }
        continue;
      }
      p.writes.push(() => {
        // An actor matched by name may already hold this post under another id.
        if (stmt(db, 'SELECT 1 FROM actor_posts WHERE actor_id = ? AND post = ? AND org_id IS ? AND start_on IS ?').get(actorId, post.post, org, post.start_on)) return;
        stmt(db, 'INSERT INTO actor_posts (id, actor_id, post, org_id, start_on, end_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
          post.id, actorId, post.post, org, post.start_on, post.end_on, post.created_at, post.updated_at,
        );
      });
    }
  }
}

const SOURCE_FIELDS = ['title', 'original_title', 'outlet', 'reporter', 'published_at', 'url', 'body', 'raw', 'format', 'encoding', 'script', 'file_name', 'notes', 'title_provisional'] as const;

/** A bundle source's SOURCE_FIELDS as stored: the original deflated (db/text/original.ts). */
const storedFields = (s: BundleSource) => SOURCE_FIELDS.map((f) => (f === 'raw' ? packOriginal(s.raw) : s[f]));

function sources(db: Db, list: BundleSource[], p: RefPlan, reindex: (id: string) => void): void {
  const byId = stmt(db, `SELECT ${SOURCE_FIELDS.join(', ')}, suggestions, updated_at, deleted_at FROM sources WHERE id = ?`);
  const byPrint = stmt(db, 'SELECT id FROM sources WHERE fingerprint = ?');
  for (const s of list) {
    const stored = byId.get(s.id) as (Record<string, unknown> & { updated_at: string }) | undefined;
    const local: (Record<string, unknown> & { updated_at: string }) | undefined = stored && { ...stored, raw: unpackOriginal(stored.raw) };
    if (local) {
      p.sources.set(s.id, s.id);
      const changed = SOURCE_FIELDS.filter((f) => local[f] !== s[f]);
      if (s.updated_at > local.updated_at && (changed.length || !same(JSON.parse(local.suggestions as string), s.suggestions))) {
        p.counts.sources.updated++;
        p.writes.push(() => {
          // What the newer edit replaces stays in the source's history, as an edit in the app would keep it.
          const from = Object.fromEntries(changed.map((f) => [f, local[f]]));
          const to = Object.fromEntries(changed.filter((f) => f !== 'body' && f !== 'raw').map((f) => [f, s[f]]));
          if (changed.length) {
            stmt(db, 'INSERT INTO source_versions (source_id, saved_at, replaced_at, reason, data) VALUES (?, ?, ?, ?, ?)').run(s.id, local.updated_at, nowIso(), 'edit', JSON.stringify({ from, to }));
          }
          stmt(db, `UPDATE sources SET ${SOURCE_FIELDS.map((f) => `${f} = ?`).join(', ')}, suggestions = ?, updated_at = ?, deleted_at = ? WHERE id = ?`).run(
            ...storedFields(s), JSON.stringify(s.suggestions ?? {}), s.updated_at, s.deleted_at, s.id,
          );
          reindex(s.id);
        });
      } else p.counts.sources.matched++;
      continue;
    }
    const found = s.fingerprint ? (byPrint.get(s.fingerprint) as { id: string } | undefined) : undefined;
    p.sources.set(s.id, found?.id ?? s.id);
    if (found) {
      p.counts.sources.matched++;
      continue;
    }
    p.counts.sources.added++;
    p.writes.push(() => {
      stmt(db, `INSERT INTO sources (id, ${SOURCE_FIELDS.join(', ')}, fingerprint, suggestions, created_at, updated_at, deleted_at) VALUES (?, ${SOURCE_FIELDS.map(() => '?').join(', ')}, ?, ?, ?, ?, ?)`).run(
        s.id, ...storedFields(s), s.fingerprint, JSON.stringify(s.suggestions ?? {}), s.created_at, s.updated_at, s.deleted_at,
      );
      reindex(s.id);
    });
  }
}

function tags(db: Db, data: BundleData, p: RefPlan): void {
  const names = new Set(data.records.flatMap((r) => r.tags));
  const rows = new Map(data.tags.map((t) => [t.name, t]));
  for (const name of names) {
    if (stmt(db, 'SELECT 1 FROM tags WHERE name = ?').get(name)) {
      p.counts.tags.matched++;
      continue;
    }
    p.counts.tags.added++;
    const t = rows.get(name);
    p.writes.push(() => {
      const id = t && !stmt(db, 'SELECT 1 FROM tags WHERE id = ?').get(t.id) ? t.id : newId();
      const now = nowIso();
      stmt(db, 'INSERT INTO tags (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)').run(id, name, t?.created_at ?? now, t?.updated_at ?? now);
    });
  }
}

/** Matches everything the records reference; the writes wait in the plan. */
export function planRefs(db: Db, data: BundleData, reindexSource: (id: string) => void): RefPlan {
  const p: RefPlan = {
    chains: new Map(), regions: new Map(), actors: new Map(), sources: new Map(),
    counts: { chains: zero(), regions: zero(), actors: zero(), tags: zero(), sources: zero() },
    writes: [], renamedActors: [],
  };
  treeNodes(db, 'chains', data.chains, p);
  treeNodes(db, 'regions', data.regions, p);
  tags(db, data, p);
  actors(db, data.actors, p);
  sources(db, data.sources, p, reindexSource);
  return p;
}
