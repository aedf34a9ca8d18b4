import { readFile } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { parseArticle, suggest, type ParsedArticle } from '../../import';
import { openDatabase } from '../../db/open';
import { expandPaths, importPaths } from '../../db/services/import';
import { lexiconOf } from '../../db/services/lexicon';
import { sizeLabel, type BenchContext } from '../context';
import { placesAndChains } from '../datasets';
import { writeImportFolder } from '../import-folder';
import { importFloor } from '../peers/import-floor';
import { goalMin, rateStat, row, type Row } from '../result';

/** Where the time goes, per article: parsing (decode, clean, metadata), suggestions, and the rest (store and index). */
async function stages(ctx: BenchContext, files: string[], totalSeconds: number): Promise<{ parseMs: number; suggestMs: number; storeMs: number }> {
  const { db } = openDatabase(path.join(ctx.tmpDir, 'import-stages.db'));
  try {
    const parsed: ParsedArticle[] = [];
    let t = performance.now();
    for (const f of files) {
      const r = await parseArticle(await readFile(f), f);
      if (r.ok) parsed.push(r.article);
    }
    const parseMs = (performance.now() - t) / files.length;
    const lexicon = lexiconOf(db);
    t = performance.now();
    for (const a of parsed) suggest(a, lexicon);
    const suggestMs = (performance.now() - t) / files.length;
    return { parseMs, suggestMs, storeMs: (totalSeconds * 1000) / files.length - parseMs - suggestMs };
  } finally {
    db.close();
  }
}

/** Import throughput: a folder of mixed files through importPaths into a fresh database, against the read+decode+INSERT floor. */
export async function importFigure(ctx: BenchContext): Promise<Row[]> {
  const count = ctx.config.importFiles;
  const dir = path.join(ctx.tmpDir, 'import-folder', '新闻稿');
  const seed = openDatabase(':memory:').db;
  const folder = writeImportFolder(dir, count, placesAndChains(seed));
  seed.close();
  const { files } = await expandPaths([dir]);
  ctx.log(`import: ${files.length} files, ${(folder.bytes / 2 ** 20).toFixed(1)} MB`);

  const ours: number[] = [];
  let imported = 0;
  for (let i = 0; i < ctx.config.runs.import; i++) {
    const file = path.join(ctx.tmpDir, `import-${i}.db`);
    const { db } = openDatabase(file);
    const t = performance.now();
    const batch = await importPaths(db, [dir]);
    ours.push((performance.now() - t) / 1000);
    db.close();
    imported = batch.counts.imported;
    if (batch.counts.failed) ctx.log(`  ${batch.counts.failed} files failed: ${batch.results.find((r) => r.status === 'failed')?.error}`);
    for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
  }
  const floor: number[] = [];
  for (let i = 0; i < ctx.config.runs.import; i++) {
    const file = path.join(ctx.tmpDir, `floor-${i}.db`);
    const t = performance.now();
    await importFloor(file, files);
    floor.push((performance.now() - t) / 1000);
    for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
  }
  const s = rateStat(imported, ours);
  const split = await stages(ctx, files, ours.sort((a, b) => a - b)[Math.floor(ours.length / 2)]);
  return [
    row({
      figure: `import a folder of mixed files via importPaths (${imported} imported)`,
      size: sizeLabel(count, 'files'),
      unit: 'articles/s',
      better: 'higher',
      ours: s,
      peers: [{ name: 'floor: read+decode+INSERT', stat: rateStat(files.length, floor) }],
      goal: goalMin('≥ 500 articles/s', s, 500),
      notes: [
        `per article: parse (decode, clean, metadata) ${split.parseMs.toFixed(2)} ms, suggestions ${split.suggestMs.toFixed(2)} ms, store + index ${split.storeMs.toFixed(2)} ms`,
        'txt 40%, md 20%, html 40%; UTF-8, GB18030 (¼ of simplified), Big5 (½ of traditional); 30% traditional; p95 column = the slow end',
      ],
      extra: { seconds: ours, floorSeconds: floor, bytes: folder.bytes, stagesMsPerArticle: split },
    }),
  ];
}
