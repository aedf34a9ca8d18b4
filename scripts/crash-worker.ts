// One victim of the crash harness (scripts/crash-harness.ts): opens a database
// the way the CLI does and repeats one kind of work until it is killed,
// printing `ack <kind> <id>` after each commit (the harness holds every
// acknowledged id to be there after the kill).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { backupNow, restoreBackup } from '../db/backups';
import { loadMigrations } from '../db/migrate';
import { MIGRATIONS_DIR } from '../db/schema';
import { importPaths } from '../db/services/import';
import { openBackend } from '../host/compose';

const [mode, dbPath, extra] = process.argv.slice(2);
const ack = (kind: string, id: string) => process.stdout.write(`ack ${kind} ${id}\n`);
const noPrinter = Object.assign(async () => {
  throw new Error('no printing here');
}, {});

async function main(): Promise<void> {
  if (mode === 'restore') {
    // Swaps the database between two backups until killed: every moment must leave one of them, whole.
    const latest = loadMigrations(MIGRATIONS_DIR).length;
    const files = readdirSync(extra).filter((f) => f.endsWith('.db')).map((f) => path.join(extra, f));
    process.stdout.write('ready\n');
    for (let i = 0; ; i++) {
      restoreBackup(dbPath, files[i % files.length], latest);
      ack('restore', String(i));
    }
  }
  const s = openBackend(dbPath, { version: 'crash', printer: noPrinter, migrationsDir: mode === 'migrate' ? extra : undefined });
  process.stdout.write('ready\n');
  const api = s.api;
  let n = 0;
  const tag = `${process.pid}-${Date.now().toString(36)}`;
  for (;;) {
    n++;
    switch (mode) {
      case 'add': {
        const r = await api.records.save({
          record: { kind: 'plan', title: `崩溃测试规划 ${tag} ${n}`, dateStart: '2024-03', chains: ['光电产业链'], regions: ['洛阳市'], targets: [{ metric: '产业规模', value: n, unit: '亿元' }] },
        });
        ack('record', r.id);
        break;
      }
      case 'demo': {
        await api.app.demo({ count: 40, seed: n + process.pid, force: true });
        ack('demo', String(n));
        break;
      }
      case 'bulk': {
        const ids = (await api.records.list({ page: { limit: 30, offset: (n * 7) % 60 } })).rows.map((r) => r.id);
        if (!ids.length) break;
        if (n % 3 === 0) await api.records.delete({ ids });
        else if (n % 3 === 1) await api.records.restore({ ids });
        else await api.records.tag({ ids, add: [`批量${n % 5}`], remove: [`批量${(n + 2) % 5}`] });
        ack('bulk', String(n));
        break;
      }
      case 'import': {
        await importPaths(s.db, [extra], {
          onProgress: ({ result }) => {
            if (result.status === 'imported' && result.sourceId) ack('source', result.sourceId);
          },
        });
        break;
      }
      case 'backup': {
        const b = await backupNow(s.db, s.dbPath, 'manual');
        ack('backup', b.name);
        break;
      }
      case 'migrate':
        // Opening migrated it (or the kill came first); nothing more to do.
        ack('migrate', String(s.db.pragma('user_version', { simple: true })));
        s.close();
        return;
      default:
        throw new Error(`unknown mode ${mode}`);
    }
  }
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack}\n`);
  process.exit(1);
});
