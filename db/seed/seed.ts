import type Database from 'better-sqlite3';
import { nowIso, seedId } from '../ids';
import { chainRoots, type ChainSeed } from './chains';
import regions from './regions.json';
import { writeTx } from '../tx';

// Bump when the starter taxonomy grows: missing nodes are added, and nodes the
// researcher renamed, moved or trashed are left as they are (INSERT OR IGNORE).
export const SEED_VERSION = 1;

interface RegionSeed {
  code: string;
  name: string;
  short: string;
  aliases: string[];
  level: string;
  parentCode: string | null;
  en?: string;
}

export const regionSeedId = (code: string): string => seedId('region', code);
export const chainSeedId = (key: string): string => seedId('chain', key);

function seedRegions(db: Database.Database, now: string): void {
  const insert = db.prepare(
    `INSERT OR IGNORE INTO regions (id, code, parent_id, name, short_name, en, level, aliases, sort, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  (regions as RegionSeed[]).forEach((r, i) => {
    insert.run(
      regionSeedId(r.code), r.code, r.parentCode ? regionSeedId(r.parentCode) : null, r.name, r.short, r.en ?? '',
      r.level, JSON.stringify(r.aliases), i, now, now,
    );
  });
}

function seedChains(db: Database.Database, now: string): void {
  const insert = db.prepare(
    `INSERT OR IGNORE INTO chains (id, parent_id, name, en, level, synonyms, sort, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const walk = (nodes: ChainSeed[], parent: string | null) =>
    nodes.forEach((n, i) => {
      const id = chainSeedId(n.key);
      insert.run(id, parent, n.name, n.en, n.level, JSON.stringify(n.synonyms ?? []), i, now, now);
      if (n.children) walk(n.children, id);
    });
  walk(chainRoots(), null);
}

export function ensureSeed(db: Database.Database): void {
  const row = db.prepare(`SELECT value FROM meta WHERE key = 'seed.taxonomy'`).get() as { value: string } | undefined;
  if (row && Number(row.value) >= SEED_VERSION) return;
  writeTx(db, () => {
    const now = nowIso();
    seedRegions(db, now);
    seedChains(db, now);
    db.prepare(`INSERT INTO meta (key, value) VALUES ('seed.taxonomy', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run(
      String(SEED_VERSION),
    );
  });
}
