import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { openDatabase, type Db } from '../db/open';
import { generateDemo } from '../db/services/demo';
import { insertSource } from '../db/services/sources';
import { articles, type BenchArticle } from './corpus';

// Generated databases are cached in bench/data (git-ignored) under a key made
// of the size, this generator's version and the generators' sources. A newer
// schema or FTS version does not regenerate them: opening a cached database
// upgrades it the way the app upgrades a user's (migrations, FTS rebuild).
// Delete bench/data to force a rebuild.
const GEN_VERSION = '1';
const ROOT = path.resolve(import.meta.dirname, '..');
export const DATA_DIR = path.join(ROOT, 'bench', 'data');
const SOURCE_SEED = 7;
const DEMO_SEED = 1;

let keyCache: string | undefined;

/** A short hash of everything that decides what a generated database contains. */
export function dataKey(): string {
  if (keyCache) return keyCache;
  const h = createHash('sha256').update(`gen ${GEN_VERSION}\n`);
  for (const f of ['db/services/demo.ts', 'db/services/demo-words.ts', 'bench/corpus.ts', 'bench/vocabulary.ts']) h.update(readFileSync(path.join(ROOT, f)));
  return (keyCache = h.digest('hex').slice(0, 10));
}

export type DatasetKind = 'records' | 'sources';

export interface Dataset {
  kind: DatasetKind;
  size: number;
  file: string;
  /** Seconds spent generating it in this run (0 when it came from the cache). */
  generatedSeconds: number;
}

/** Taxonomy names the synthetic articles mention, read from the seeded database. */
export function placesAndChains(db: Db): { regions: string[]; chains: string[] } {
  const regions = (db.prepare(`SELECT name FROM regions WHERE level IN ('province', 'prefecture')`).all() as { name: string }[]).map((r) => r.name);
  const chains = (db.prepare(`SELECT name FROM chains WHERE level = 'chain'`).all() as { name: string }[]).map((r) => r.name);
  return { regions, chains };
}

/** The synthetic articles a sources dataset of `count` holds, in insertion order (the same every run). */
export function benchArticles(db: Db, count: number): Generator<BenchArticle> {
  return articles(count, { ...placesAndChains(db), seed: SOURCE_SEED });
}

function fill(db: Db, kind: DatasetKind, size: number, log: (s: string) => void): void {
  if (kind === 'records') {
    generateDemo(db, { count: size, seed: DEMO_SEED });
    return;
  }
  // Through the product's insertSource (stores and indexes), 1,000 per transaction.
  const store = db.transaction((batch: BenchArticle[]) => {
    for (const a of batch) {
      insertSource(db, {
        title: a.title, outlet: a.outlet, publishedAt: a.publishedAt, body: a.body, raw: a.body, format: 'txt', encoding: 'UTF-8',
        script: a.traditional ? 'traditional' : 'simplified', fingerprint: createHash('sha256').update(a.body).digest('hex'),
      });
    }
  });
  let batch: BenchArticle[] = [];
  let done = 0;
  for (const a of benchArticles(db, size)) {
    batch.push(a);
    if (batch.length === 1000) {
      store(batch);
      done += batch.length;
      batch = [];
      if (done % 10000 === 0) log(`  ${done.toLocaleString('en')} / ${size.toLocaleString('en')} sources`);
    }
  }
  store(batch);
}

/** The cached database of `size` demo records or synthetic sources, generated first if missing. */
export function dataset(kind: DatasetKind, size: number, log: (s: string) => void = () => {}): Dataset {
  mkdirSync(DATA_DIR, { recursive: true });
  const file = path.join(DATA_DIR, `${kind}-${size}-${dataKey()}.db`);
  if (existsSync(file)) {
    upgrade(file);
    return { kind, size, file, generatedSeconds: 0 };
  }
  log(`generating ${size.toLocaleString('en')} ${kind} (cached in ${path.relative(ROOT, file)})`);
  const t0 = performance.now();
  const tmp = `${file}.partial-${process.pid}`;
  for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`]) rmSync(f, { force: true });
  const { db } = openDatabase(tmp);
  try {
    // Only the speed of writing changes, not what is written: the bench measures reads of the result.
    db.pragma('synchronous = OFF');
    db.pragma('cache_size = -524288');
    fill(db, kind, size, log);
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
  for (const f of [`${tmp}-wal`, `${tmp}-shm`]) rmSync(f, { force: true });
  renameSync(tmp, file);
  const seconds = (performance.now() - t0) / 1000;
  log(`  done in ${seconds.toFixed(0)} s, ${(statSync(file).size / 2 ** 20).toFixed(0)} MB`);
  return { kind, size, file, generatedSeconds: seconds };
}

/** Opens a cached database once so any pending migration runs now, not inside a timed figure; drops the backup the upgrade leaves. */
function upgrade(file: string): void {
  const { db, migration } = openDatabase(file);
  db.close();
  if (migration.backup) rmSync(migration.backup, { force: true });
}

/** Removes databases cached under an older key (a changed generator or schema), so bench/data does not grow without end. */
export function pruneStale(log: (s: string) => void = () => {}): void {
  if (!existsSync(DATA_DIR)) return;
  const key = dataKey();
  for (const f of readdirSync(DATA_DIR)) {
    // Only finished files: another run may be generating a .partial one right now.
    const m = /^(?:records|sources|files)-\d+-([0-9a-f]{10})(?:\.db(?:-wal|-shm)?)?$/.exec(f);
    if (m && m[1] !== key) {
      log(`removing stale ${f}`);
      rmSync(path.join(DATA_DIR, f), { recursive: true, force: true });
    }
  }
}
