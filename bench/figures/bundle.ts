import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { RecordFilter } from '../../api/contract/filters';
import { openDatabase } from '../../db/open';
import { readBundleFile } from '../../db/services/bundle-file';
import { mergeBundle } from '../../db/services/bundle-merge';
import { readBundleData } from '../../db/services/bundle-read';
import { bundleDocument, bundleZip } from '../../export/bundle/bundle-zip';
import { sizeLabel, type BenchContext } from '../context';
import { dataset } from '../datasets';
import { row, stat, type Row } from '../result';

// A colleague's whole database handed over: exported as a bundle (rows read,
// hashed, zipped, written) and merged into an empty database (read, validated,
// planned, written, indexed). The floor is the same data as plain JSON that
// Node alone writes and reads back, with nothing checked and nothing stored.

const ALL = RecordFilter.parse({});

function fresh(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
  // Opened (migrated, seeded) before timing: a colleague imports into a database they already have.
  openDatabase(file).db.close();
}

export async function bundleFigure(ctx: BenchContext): Promise<Row[]> {
  const size = ctx.config.bundleRecords;
  const ds = dataset('records', size, ctx.log);
  const { db } = openDatabase(ds.file);
  const bundleFile = path.join(ctx.tmpDir, 'bench.chainline');
  const jsonFile = path.join(ctx.tmpDir, 'bench.json');
  const target = path.join(ctx.tmpDir, 'bundle-target.db');
  try {
    ctx.log(`bundle: ${sizeLabel(size, 'records')}`);
    const data = readBundleData(db, ALL);
    const totals: number[] = [];
    const exports: number[] = [];
    const imports: number[] = [];
    let bytes = 0;
    for (let i = 0; i < ctx.config.runs.bundle; i++) {
      fresh(target);
      const t0 = performance.now();
      const zip = bundleZip(bundleDocument(readBundleData(db, ALL), { version: 'bench', filter: {}, exportedAt: new Date().toISOString() }));
      writeFileSync(bundleFile, zip);
      const t1 = performance.now();
      const into = openDatabase(target).db;
      try {
        const plan = mergeBundle(into, readBundleFile(new Uint8Array(readFileSync(bundleFile))));
        if (plan.records.added.length !== data.records.length) throw new Error(`merged ${plan.records.added.length} of ${data.records.length} records`);
      } finally {
        into.close();
      }
      const t2 = performance.now();
      bytes = zip.length;
      exports.push(t1 - t0);
      imports.push(t2 - t1);
      totals.push(t2 - t0);
    }
    const floor: number[] = [];
    for (let i = 0; i < ctx.config.runs.bundle; i++) {
      const t0 = performance.now();
      writeFileSync(jsonFile, JSON.stringify(data));
      const back = JSON.parse(readFileSync(jsonFile, 'utf8')) as { records: unknown[] };
      if (back.records.length !== data.records.length) throw new Error('the JSON floor lost records');
      floor.push(performance.now() - t0);
    }
    const ours = stat(totals);
    return [
      row({
        figure: `bundle export + re-import into an empty database (${data.records.length.toLocaleString('en')} records, ${data.sources.length.toLocaleString('en')} sources)`,
        size: sizeLabel(size, 'records'),
        unit: 'ms',
        better: 'lower',
        ours,
        peers: [{ name: 'plain JSON, Node alone (stringify + write, read + parse)', stat: stat(floor) }],
        goal: null,
        notes: [
          `export ${stat(exports).median.toFixed(0)} ms, import ${stat(imports).median.toFixed(0)} ms (median); bundle ${(bytes / 2 ** 20).toFixed(1)} MB zipped`,
          'the floor writes and reads the same rows, already in memory, and checks and stores nothing',
        ],
        extra: { exportMs: stat(exports), importMs: stat(imports), bundleBytes: bytes },
      }),
    ];
  } finally {
    db.close();
  }
}
