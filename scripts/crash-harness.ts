// The crash harness: child processes (scripts/crash-worker.ts) do real work on
// a database (add, import, demo, bulk edit, backup, restore, migration) and are
// killed with SIGKILL at random moments; after every kill the database must be
// whole. Used by scripts/crash.test.ts (npm test) and scripts/soak.ts (npm run soak).
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { backupDir, verifyBackup } from '../db/backups';
import { fullCheck } from '../db/integrity';
import { MIGRATIONS_DIR } from '../db/schema';
import { openBackend } from '../host/compose';

export const MODES = ['add', 'import', 'demo', 'bulk', 'backup', 'restore', 'migrate'] as const;
export type Mode = (typeof MODES)[number];

export interface Report {
  kills: number;
  /** Runs that finished before the kill came (not counted as kills). */
  finished: number;
  corrupt: number;
  lostAcks: number;
  halfFiles: number;
  badBackups: number;
  byMode: Record<string, number>;
  problems: string[];
  ms: number;
}

const root = path.resolve(import.meta.dirname, '..');

/** The worker as one plain ES module (packages left to node_modules): a child then starts in ~0.2 s instead of compiling TypeScript. */
async function bundleWorker(): Promise<string> {
  const out = path.join(root, '.tmp', `crash-worker-${process.pid}.mjs`);
  mkdirSync(path.dirname(out), { recursive: true });
  await build({
    entryPoints: [path.join(root, 'scripts', 'crash-worker.ts')],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'silent',
    banner: { js: `import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);` },
    define: { 'import.meta.dirname': JSON.stringify(path.join(root, 'db')) },
  });
  return out;
}

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

interface Kill {
  acks: string[];
  killed: boolean;
  stderr: string;
}

/**
 * Runs the worker until `ready`, lets it work for `ms`, then SIGKILLs it; every ack printed before the kill is kept.
 * With `fromStart` the clock starts at spawn instead: a migration runs while the database opens, before `ready`.
 */
function runAndKill(worker: string, args: string[], ms: number, fromStart = false): Promise<Kill> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [worker, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const acks: string[] = [];
    let buf = '';
    let stderr = '';
    let killed = false;
    let timer: NodeJS.Timeout | undefined;
    const kill = () => {
      killed = child.exitCode === null;
      child.kill('SIGKILL');
    };
    child.stdout.on('data', (c: Buffer) => {
      buf += c.toString('utf8');
      let nl;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        if (line === 'ready' && !timer && !fromStart) timer = setTimeout(kill, ms);
        else if (line.startsWith('ack ')) acks.push(line.slice(4));
      }
    });
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    // A kill during start-up (opening, migrating) counts too: the ready line may never come.
    const early = setTimeout(kill, fromStart ? ms : ms + 4000);
    child.on('exit', () => {
      clearTimeout(timer);
      clearTimeout(early);
      resolve({ acks, killed, stderr });
    });
  });
}

interface Fixture {
  dir: string;
  db: string;
  /** Ids acknowledged by any earlier run on this database. */
  acked: Map<string, Set<string>>;
  /** Imported files: a marker at the start and end of each. */
  files: Map<string, { head: string; tail: string }>;
}

const verified = new Set<string>();

function check(f: Fixture, mode: Mode, problems: string[], extra: { migrated?: number; target?: number }): { corrupt: boolean; lost: number; half: number; badBackups: number } {
  const out = { corrupt: false, lost: 0, half: 0, badBackups: 0 };
  let db: Database.Database;
  try {
    db = new Database(f.db, { fileMustExist: true });
  } catch (err) {
    problems.push(`${mode}: cannot open after kill: ${(err as Error).message}`);
    return { ...out, corrupt: true };
  }
  try {
    const c = fullCheck(db);
    if (!c.ok) {
      out.corrupt = true;
      problems.push(`${mode}: ${JSON.stringify({ integrity: c.integrity.slice(0, 2), fk: c.foreignKeys.slice(0, 2), fts: c.fts.filter((x) => !x.ok) })}`);
    }
    const has = (sql: string, id: string) => {
      try {
        return !!db.prepare(sql).get(id);
      } catch {
        return false;
      }
    };
    for (const id of f.acked.get('record') ?? []) if (!has('SELECT 1 FROM records WHERE id = ?', id)) out.lost++;
    for (const id of f.acked.get('source') ?? []) if (!has('SELECT 1 FROM sources WHERE id = ?', id)) out.lost++;
    if (mode === 'migrate' && extra.migrated !== undefined) {
      const v = db.pragma('user_version', { simple: true }) as number;
      if (v < extra.migrated) {
        out.lost++;
        problems.push(`migrate: acknowledged v${extra.migrated}, found v${v}`);
      }
    }
    if (mode === 'migrate') {
      // All or nothing: the new table exists exactly when the version says the migration ran.
      const v = db.pragma('user_version', { simple: true }) as number;
      const copied = has(`SELECT 1 FROM sqlite_schema WHERE name = ?`, 'crash_copy');
      if (copied !== (v === extra.target)) {
        out.corrupt = true;
        problems.push(`migrate: half a migration (v${v}, crash_copy ${copied ? 'present' : 'absent'})`);
      }
    }
    // Every imported file wholly in or absent: both markers in the stored text, or no source with either.
    const bodies = db.prepare(`SELECT body FROM sources WHERE body LIKE ?`);
    for (const [name, m] of f.files) {
      const rows = bodies.all(`%${m.head}%`) as { body: string }[];
      const tails = bodies.all(`%${m.tail}%`) as { body: string }[];
      if (rows.length !== tails.length || rows.some((r) => !r.body.includes(m.tail))) {
        out.half++;
        problems.push(`import: ${name} is half in`);
      }
    }
  } finally {
    db.close();
  }
  // Backups the folder lists (finished ones; a .part file is an unfinished write, never listed) must all be good.
  const dir = backupDir(f.db);
  if (existsSync(dir)) {
    for (const name of readdirSync(dir).filter((n) => /Z-[a-z-]+\.db$/.test(n) && !verified.has(path.join(dir, n)))) {
      const v = verifyBackup(path.join(dir, name));
      // A finished backup never changes (names are unique): checked once.
      if (v.ok) verified.add(path.join(dir, name));
      if (!v.ok) {
        out.badBackups++;
        problems.push(`backup ${name}: ${v.problem}`);
      }
    }
  }
  return out;
}

function articleFiles(dir: string, run: number, count: number, f: Fixture): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const head = `甲${run}x${i}始`;
    const tail = `乙${run}x${i}终`;
    const body = `${head}。洛阳市召开光电产业链推进会，研究部署第${run}批第${i}项重点工作。\n${'会议指出，要加快产业链协同发展。'.repeat(40 + (i % 7) * 30)}\n${tail}。`;
    const name = `a${run}-${i}.txt`;
    writeFileSync(path.join(dir, name), `光电产业链推进会第${run}-${i}期\n\n${body}`);
    f.files.set(name, { head, tail });
  }
}

/** A copy of the migrations plus one more that takes a while (copies and rewrites every record). */
function slowMigration(dir: string): { dir: string; version: number } {
  mkdirSync(dir, { recursive: true });
  const files = readdirSync(MIGRATIONS_DIR).filter((n) => /^\d{4}_.+\.sql$/.test(n));
  for (const n of files) copyFileSync(path.join(MIGRATIONS_DIR, n), path.join(dir, n));
  const version = files.length + 1;
  writeFileSync(
    path.join(dir, `${String(version).padStart(4, '0')}_crash_copy.sql`),
    `CREATE TABLE crash_copy AS SELECT * FROM records;
     UPDATE records SET notes = notes || '';
     INSERT INTO crash_copy SELECT * FROM records;`,
  );
  return { dir, version };
}

export async function crashHarness(o: { kills: number; workDir: string; seed?: number; parallel?: number; onProgress?: (r: Report) => void }): Promise<Report> {
  const start = Date.now();
  const random = rng(o.seed ?? 1);
  mkdirSync(o.workDir, { recursive: true });
  const worker = await bundleWorker();
  const report: Report = { kills: 0, finished: 0, corrupt: 0, lostAcks: 0, halfFiles: 0, badBackups: 0, byMode: {}, problems: [], ms: 0 };

  // One database per lane (lanes run in parallel); each starts with demo data and lives across its runs.
  const lanes = Math.max(1, o.parallel ?? 2);
  const fixtures: Fixture[] = [];
  for (let l = 0; l < lanes; l++) {
    const dir = path.join(o.workDir, `lane${l}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const db = path.join(dir, 'crash.db');
    const s = openBackend(db, { version: 'crash', printer: Object.assign(async () => ({}) as never, {}) });
    await s.api.app.demo({ count: 120, seed: l + 1 });
    s.close();
    fixtures.push({ dir, db, acked: new Map(), files: new Map() });
  }
  // Two good backups to swap between in restore runs, and a pre-migration copy of the database.
  const seedDir = path.join(o.workDir, 'seed');
  rmSync(seedDir, { recursive: true, force: true });
  mkdirSync(path.join(seedDir, 'restore'), { recursive: true });
  for (const [i, f] of fixtures.slice(0, 1).entries()) {
    const b = new Database(f.db);
    await b.backup(path.join(seedDir, 'restore', `r${i}a.db`));
    b.close();
  }
  {
    const s = openBackend(path.join(seedDir, 'other.db'), { version: 'crash', printer: Object.assign(async () => ({}) as never, {}) });
    await s.api.app.demo({ count: 30, seed: 77 });
    await s.db.backup(path.join(seedDir, 'restore', 'r1b.db'));
    s.close();
  }
  for (const n of readdirSync(path.join(seedDir, 'restore'))) {
    const b = new Database(path.join(seedDir, 'restore', n));
    b.pragma('journal_mode = DELETE');
    b.close();
  }
  const migrations = slowMigration(path.join(seedDir, 'migrations'));
  const v3 = path.join(seedDir, 'before-migration.db');
  {
    const s = openBackend(v3, { version: 'crash', printer: Object.assign(async () => ({}) as never, {}) });
    await s.api.app.demo({ count: 400, seed: 5 });
    s.close();
  }

  let run = 0;
  const lane = async (f: Fixture) => {
    while (report.kills < o.kills) {
      const mode = MODES[Math.floor(random() * MODES.length)];
      run++;
      const r = run;
      let args: string[];
      let fixture = f;
      if (mode === 'import') {
        const dir = path.join(f.dir, `in${r}`);
        articleFiles(dir, r, 4 + Math.floor(random() * 8), f);
        args = [mode, f.db, dir];
      } else if (mode === 'restore') {
        args = [mode, f.db, path.join(seedDir, 'restore')];
        // A restore replaces the database wholesale: earlier acks belong to what it replaced.
        f.acked.clear();
        f.files.clear();
      } else if (mode === 'migrate') {
        const mdir = path.join(f.dir, `m${r}`);
        mkdirSync(mdir, { recursive: true });
        const db = path.join(mdir, 'old.db');
        copyFileSync(v3, db);
        fixture = { dir: mdir, db, acked: new Map(), files: new Map() };
        args = [mode, db, migrations.dir];
      } else args = [mode, f.db];
      // Kill moments spread from "during start-up" to well into the work; a migration is timed from
      // the process's start, over the span in which it starts, opens and migrates.
      const ms = mode === 'migrate' ? 150 + Math.floor(random() * 900) : Math.floor(random() ** 1.5 * 400);
      const k = await runAndKill(worker, args, ms, mode === 'migrate');
      const acks = new Map<string, string[]>();
      for (const a of k.acks) {
        const [kind, id] = a.split(' ');
        acks.set(kind, [...(acks.get(kind) ?? []), id]);
        if (kind === 'record' || kind === 'source') fixture.acked.set(kind, new Set([...(fixture.acked.get(kind) ?? []), id]));
      }
      if (k.killed) {
        report.kills++;
        report.byMode[mode] = (report.byMode[mode] ?? 0) + 1;
      } else {
        report.finished++;
        if (k.stderr.trim() && mode !== 'migrate') report.problems.push(`${mode}: worker failed: ${k.stderr.trim().split('\n')[0]}`);
      }
      const migrated = acks.get('migrate')?.[0];
      const c = check(fixture, mode, report.problems, { migrated: migrated ? Number(migrated) : undefined, target: migrations.version });
      if (c.corrupt) report.corrupt++;
      report.lostAcks += c.lost;
      report.halfFiles += c.half;
      report.badBackups += c.badBackups;
      if (mode === 'migrate') rmSync(fixture.dir, { recursive: true, force: true });
      if (mode === 'import') rmSync(path.join(f.dir, `in${r}`), { recursive: true, force: true });
      o.onProgress?.(report);
    }
  };
  try {
    await Promise.all(fixtures.map(lane));
  } finally {
    rmSync(worker, { force: true });
  }
  report.ms = Date.now() - start;
  return report;
}
