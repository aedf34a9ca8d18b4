import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { symlinkSync, writeFileSync, openSync, closeSync, ftruncateSync, statSync } from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { LIMITS } from '../../import';
import { deflatedDocx, documentXml, paragraphXml } from '../../import/fixtures/docx';
import { openDatabase } from '../open';
import { memoryDb, tempDir, wrap } from '../test-helpers';
import { CHUNK, DISK_FULL, importChunk, importPaths } from './import';
import { lexiconOf } from './lexicon';
import { parsePool } from './parse-pool';

after(() => parsePool.close());

const article = (n: number) =>
  `全省光电产业链专题会议第${n}次召开\n\n会议强调，要加快推进光电产业链建设，力争到2026年产业规模突破${n}00亿元，洛阳市人民政府召开会议研究部署相关工作。`;
const good = (n: number) => ({ name: `good-${n}.txt`, bytes: Buffer.from(article(n)) });
const sourceCount = (db: { prepare(sql: string): { get(): unknown } }) => (db.prepare('SELECT count(*) AS n FROM sources').get() as { n: number }).n;

/** A .docx whose document.xml inflates to `mb` MB of one repeated paragraph (~1 MB file per 1,000 MB inflated). */
function bombDocx(mb: number, lieAboutSize = false): Uint8Array {
  const para = paragraphXml(['全省光电产业链专题会议召开。'.repeat(20)]);
  const xml = documentXml(para.repeat(Math.ceil((mb * 2 ** 20) / Buffer.byteLength(para))));
  return deflatedDocx(xml, lieAboutSize ? { 'word/document.xml': 1000 } : {});
}

describe('import limits', () => {
  it('refuses a .docx whose XML inflates past the cap, by its zip directory, and stores the good files of the batch', async () => {
    const t = memoryDb();
    const bomb = bombDocx(64);
    assert.ok(bomb.length < 2 * 2 ** 20, `the bomb is small on disk (${bomb.length} bytes)`);
    const results = await importChunk(t.db, [good(1), { name: 'bomb.docx', bytes: bomb }, good(2)]);
    assert.deepEqual(results.map((r) => r.status), ['imported', 'failed', 'imported']);
    assert.match(results[1]!.error!, /^too-large: its text parts inflate to 64\.\d MB; the limit is 32\.0 MB/);
    assert.equal(sourceCount(t.db), 2);
  });

  it('caps what a .docx really inflates to when its directory lies about the size', async () => {
    const t = memoryDb();
    const [r] = await importChunk(t.db, [{ name: 'liar.docx', bytes: bombDocx(40, true) }]);
    assert.match(r!.error!, /^too-large: its text parts inflate to more than 32\.0 MB/);
  });

  it('refuses XML entities in a .docx (billion laughs) before mammoth reads it', async () => {
    const t = memoryDb();
    const lol = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]>`;
    const xml = lol + documentXml(paragraphXml(['&lol9;'])).replace(/^<\?xml[^>]*>/, '');
    const [r] = await importChunk(t.db, [{ name: 'lol.docx', bytes: deflatedDocx(xml) }]);
    assert.match(r!.error!, /^corrupt: not a readable Word document: word\/document\.xml declares XML entities/);
  });

  it('refuses a page nested deeper than the cap at once, and the server-side parser is not tied up', async () => {
    const t = memoryDb();
    const html = `<html><body>${'<div>'.repeat(50_000)}正文${'</div>'.repeat(50_000)}</body></html>`;
    const started = Date.now();
    const [r] = await importChunk(t.db, [{ name: 'deep.html', bytes: Buffer.from(html) }]);
    assert.match(r!.error!, /^too-complex: the page nests elements more than 1000 levels deep/);
    assert.ok(Date.now() - started < 5000);
  });

  it('refuses a file over its size limit by its size on disk, before reading it', async () => {
    const tmp = tempDir();
    const t = memoryDb();
    try {
      const big = path.join(tmp.dir, 'big.txt');
      // Sparse: 20 MB that take no disk and, if read, would be all zeros.
      const fd = openSync(big, 'w');
      ftruncateSync(fd, LIMITS.textBytes + 10 * 2 ** 20);
      closeSync(fd);
      writeFileSync(path.join(tmp.dir, 'ok.txt'), article(3));
      const batch = await importPaths(t.db, [big, path.join(tmp.dir, 'ok.txt')]);
      assert.deepEqual(batch.results.map((r) => [path.basename(r.file), r.status]), [['big.txt', 'failed'], ['ok.txt', 'imported']]);
      assert.equal(batch.results[0]!.error, 'too-large: the file is 20.0 MB; the limit for text and web pages is 10.0 MB');
    } finally {
      t.close();
      tmp.cleanup();
    }
  });

  it('refuses an article whose text is longer than one article may hold, whatever its file size, and stores the others', async () => {
    const tmp = tempDir();
    const t = memoryDb();
    try {
      // Under the 10 MB file limit in bytes, but 4 million characters once read (ASCII digits: one byte each).
      const long = path.join(tmp.dir, 'long.txt');
      writeFileSync(long, `长文\n\n${Array.from({ length: 120_000 }, (_, i) => `第${i}段 ${i * 7} ${i * 13} ${i * 17} ${i * 19}\n`).join('')}`);
      assert.ok(statSync(long).size < LIMITS.textBytes);
      writeFileSync(path.join(tmp.dir, 'ok.txt'), article(4));
      const batch = await importPaths(t.db, [long, path.join(tmp.dir, 'ok.txt')]);
      assert.deepEqual(batch.results.map((r) => [path.basename(r.file), r.status]), [['long.txt', 'failed'], ['ok.txt', 'imported']]);
      assert.match(batch.results[0]!.error!, /^too-large: its text is 4,\d{3},\d{3} characters; one article may hold 3,000,000 \(about 1,500 pages\): split the file into parts$/);
      assert.equal((t.db.prepare('SELECT count(*) AS n FROM sources').get() as { n: number }).n, 1);
    } finally {
      t.close();
      tmp.cleanup();
    }
  });

  it('reads only regular files: a FIFO named .txt and /dev/zero are refused at once, and symbolic links in folders are skipped', async () => {
    const tmp = tempDir();
    const t = memoryDb();
    try {
      const fifo = path.join(tmp.dir, 'pipe.txt');
      execFileSync('mkfifo', [fifo]);
      writeFileSync(path.join(tmp.dir, 'real.txt'), article(4));
      symlinkSync('/dev/zero', path.join(tmp.dir, 'zero.txt'));
      const started = Date.now();
      const batch = await importPaths(t.db, [fifo, '/dev/zero', tmp.dir]);
      assert.ok(Date.now() - started < 10_000);
      const byName = Object.fromEntries(batch.results.map((r) => [r.file, r]));
      assert.equal(byName[fifo]!.error, 'unsupported: a pipe (FIFO), not a regular file; only regular files are read');
      assert.equal(byName['/dev/zero']!.error, 'unsupported: a device, not a regular file; only regular files are read');
      assert.equal(byName[path.join(tmp.dir, 'real.txt')]!.status, 'imported');
      assert.equal(batch.results.length, 3, 'the folder walk lists the regular file only (the FIFO and the link are not regular files)');
    } finally {
      t.close();
      tmp.cleanup();
    }
  });

  it('a file that runs the parser out of memory or time fails alone; the files around it are stored', async () => {
    const t = memoryDb();
    // ~9.5 MB of text in 600,000 short lines: inside the size limit, far beyond an 80 MB heap once split into lines and cleaned.
    // A fresh copy per call: the pool transfers a file's bytes to its worker, which leaves the sender's buffer empty.
    const huge = () => Buffer.from(Array.from({ length: 600_000 }, (_, i) => `第${i}行。\n`).join(''));
    assert.ok(huge().length < LIMITS.textBytes);
    const oom = await importChunk(t.db, [good(5), { name: 'huge.txt', bytes: huge() }, good(6)], { limits: { heapMb: 80, timeoutMs: 60_000 } });
    assert.deepEqual(oom.map((r) => r.status), ['imported', 'failed', 'imported']);
    assert.equal(oom[1]!.error, 'too-large: ran out of memory reading this file');
    // The time limit is short here, so the files read after the slow one get the usual limits.
    // A heap it cannot run out of, and a time limit no machine reads 9 MB within: the file fails by time alone.
    const slow = await importChunk(t.db, [{ name: 'slow.txt', bytes: huge() }], { limits: { heapMb: 1024, timeoutMs: 300 } });
    assert.deepEqual(slow.map((r) => [r.status, r.error]), [['failed', 'too-complex: too complex to read in time (over 300 ms)']]);
    const after = await importChunk(t.db, [good(7)]);
    assert.deepEqual(after.map((r) => r.status), ['imported'], 'the worker ended for the slow file is replaced for the next one');
    assert.equal(sourceCount(t.db), 3);
  });

  it('a small file that kills the worker while the files behind it are already handed over: those are read by the next worker', async () => {
    const t = memoryDb();
    // Under 1 MB on disk, so it is handed to the worker together with the files after it; 30 MB of XML takes seconds to read.
    const slowDocx = bombDocx(30);
    assert.ok(slowDocx.length < 2 ** 20, `small on disk (${slowDocx.length} bytes)`);
    const lexicon = lexiconOf(t.db);
    // Only the slow file has a short limit: a fresh worker's first file takes a while to load the readers.
    const usual = { heapMb: 1024, timeoutMs: 60_000 };
    const files = [good(11), { name: 'slow.docx', bytes: slowDocx, limits: { heapMb: 1024, timeoutMs: 300 } }, good(12), good(13)];
    const prepared = await Promise.all(files.map((f) => parsePool.parse(f.name, f.bytes, lexicon, 'limits' in f ? f.limits : usual)));
    assert.deepEqual(prepared.map((p) => (p.ok ? p.article.title : p.error.message)), [
      '全省光电产业链专题会议第11次召开',
      'too complex to read in time (over 300 ms)',
      '全省光电产业链专题会议第12次召开',
      '全省光电产业链专题会议第13次召开',
    ]);
  });

  it('on a full disk the import report still lists every file: stored ones before it, the rest failed with the reason, nothing half-stored', async () => {
    const tmp = tempDir();
    try {
      const t = wrap(openDatabase(path.join(tmp.dir, 'full.db')).db);
      const files = Array.from({ length: 8 }, (_, i) => path.join(tmp.dir, `a${i}.txt`));
      // Each article is large enough to need new pages: the page budget runs out part way.
      files.forEach((f, i) => writeFileSync(f, `${article(i)}\n\n${`第${i}段，产业链建设取得新进展，项目落地见效。`.repeat(400 + i)}`));
      await importPaths(t.db, [files[0]!]);
      const pages = (t.db.pragma('page_count', { simple: true }) as number) + 12;
      t.db.pragma(`max_page_count = ${pages}`);
      const batch = await importPaths(t.db, files.slice(1));
      assert.equal(batch.results.length, 7);
      const stored = batch.results.filter((r) => r.status === 'imported').length;
      assert.ok(stored < 7, 'the disk filled up part way');
      const fullAt = batch.results.findIndex((r) => r.status === 'failed');
      assert.ok(batch.results.slice(fullAt).every((r) => r.status === 'failed' && r.error === DISK_FULL));
      assert.equal(batch.counts.failed, 7 - stored);
      assert.equal(sourceCount(t.db), 1 + stored, 'exactly the files reported imported are stored');
      assert.equal((t.db.prepare('SELECT count(*) AS n FROM sources_fts').get() as { n: number }).n, 1 + stored, 'each stored file is indexed too');
      assert.deepEqual(t.db.pragma('integrity_check'), [{ integrity_check: 'ok' }]);
      t.close();
    } finally {
      tmp.cleanup();
    }
  });

  it('a disk that fills in a later chunk, while the next chunk is already read and parsed: every file reported, the read-ahead ones failed', async () => {
    const tmp = tempDir();
    try {
      const t = wrap(openDatabase(path.join(tmp.dir, 'full.db')).db);
      const n = CHUNK * 3 + 7;
      const files = Array.from({ length: n }, (_, i) => path.join(tmp.dir, `b${String(i).padStart(3, '0')}.txt`));
      files.forEach((f, i) => writeFileSync(f, `${article(100 + i)}\n\n${`第${i}段，产业链建设取得新进展，项目落地见效。`.repeat(60)}`));
      // Pages one file takes, from the first ten; the budget then runs out inside the second chunk.
      const before = t.db.pragma('page_count', { simple: true }) as number;
      await importPaths(t.db, files.slice(0, 10));
      const perFile = ((t.db.pragma('page_count', { simple: true }) as number) - before) / 10;
      t.db.pragma(`max_page_count = ${Math.ceil((t.db.pragma('page_count', { simple: true }) as number) + perFile * (CHUNK + 20))}`);
      const rest = files.slice(10);
      const batch = await importPaths(t.db, rest);
      assert.deepEqual(batch.results.map((r) => r.file), rest, 'one result per file, in order');
      const fullAt = batch.results.findIndex((r) => r.status === 'failed');
      assert.ok(fullAt >= CHUNK - 10 && fullAt < 2 * CHUNK - 10, `the disk filled in the second chunk (at ${fullAt})`);
      assert.ok(batch.results.slice(fullAt).every((r) => r.status === 'failed' && r.error === DISK_FULL), 'every file after it, read ahead or not, failed with the reason');
      assert.equal(sourceCount(t.db), 10 + batch.counts.imported, 'exactly the files reported imported are stored');
      assert.deepEqual(t.db.pragma('integrity_check'), [{ integrity_check: 'ok' }]);
      t.close();
    } finally {
      tmp.cleanup();
    }
  });

  it('a cancelled import stops between chunks: the files reported are stored, none after', async () => {
    const tmp = tempDir();
    try {
      const t = memoryDb();
      const files = Array.from({ length: CHUNK * 2 + 5 }, (_, i) => path.join(tmp.dir, `c${String(i).padStart(3, '0')}.txt`));
      files.forEach((f, i) => writeFileSync(f, article(300 + i)));
      const stop = new AbortController();
      const batch = await importPaths(t.db, files, { signal: stop.signal, onProgress: (e) => e.done === CHUNK && stop.abort() });
      assert.deepEqual(batch.results.map((r) => r.file), files.slice(0, CHUNK), 'the first chunk, then nothing');
      assert.equal(sourceCount(t.db), CHUNK);
    } finally {
      tmp.cleanup();
    }
  });
});
