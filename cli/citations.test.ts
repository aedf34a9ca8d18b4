import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { tempDir } from '../db/test-helpers';
import { runCli } from './run-cli';

// `chainline import` with a reference manager's files, and `chainline export`
// of the sources and of Markdown, as a researcher runs them.

const run = (args: string[]) => runCli(['--db', db, ...args]);
let tmp: ReturnType<typeof tempDir>;
let db: string;
const file = (name: string, text: string) => {
  const p = path.join(tmp.dir, name);
  writeFileSync(p, text);
  return p;
};

const RIS = 'TY  - NEWS\nTI  - 全省光电产业链专题会议召开\nAU  - 李明\nT2  - 河南日报\nDA  - 2023/06/12/\nUR  - https://example.cn/a.html\nN1  - 重要\nER  - \n';

before(() => {
  tmp = tempDir('chainline-cite-');
  db = path.join(tmp.dir, 'cite.db');
});
after(() => tmp.cleanup());

describe('chainline import of citation files', () => {
  it('--dry-run lists what would be added and writes nothing; then the import adds; again, it is a duplicate', async () => {
    // Saved as .txt: recognised by its content.
    const ris = file('zotero export.txt', RIS);
    const dry = await run(['import', '--dry-run', ris]);
    assert.equal(dry.code, 0, dry.stderr);
    assert.match(dry.stdout, /would add +entry 1 +全省光电产业链专题会议召开/);
    // Had the dry run written anything, this would be a duplicate.
    const first = await run(['--json', 'import', ris]);
    assert.equal(first.code, 0, first.stderr);
    const [row] = JSON.parse(first.stdout);
    assert.equal(row.format, 'ris');
    assert.equal(row.added.length, 1);
    const again = await run(['import', ris]);
    assert.match(again.stdout, /duplicate +entry 1 +全省光电产业链专题会议召开 +\(the same address/);
  });

  it('a broken file is refused naming the entry and line, exit code 1, nothing stored', async () => {
    const bib = file('broken.bib', '@article{good, title={好文章}}\n@article{bad,\n  title = {未闭合,\n}\n');
    const r = await run(['import', bib]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /error +entry 2 \(bad\), line 2: .*unclosed brace/);
    assert.match(r.stderr, /1 of 1 citation files were refused/);
    const ok = await run(['import', '--valid-only', bib]);
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stdout, /added +entry 1 \(good\) +好文章/);
  });

  it('exports the sources as BibTeX, RIS and CSL-JSON, and records as Markdown, refusing to overwrite', async () => {
    const out = path.join(tmp.dir, 'sources.bib');
    const r = await run(['export', 'bibtex', '--out', out]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /2 sources/);
    assert.match(readFileSync(out, 'utf8'), /title = \{全省光电产业链专题会议召开\}/);
    assert.equal((await run(['export', 'bibtex', '--out', out])).code, 1);
    const csl = path.join(tmp.dir, 'sources.json');
    assert.equal((await run(['export', 'csl-json', '--out', csl])).code, 0);
    assert.equal(JSON.parse(readFileSync(csl, 'utf8')).length, 2);
    const md = path.join(tmp.dir, 'records.md');
    assert.equal((await run(['export', 'markdown', '--out', md])).code, 0);
    assert.match(readFileSync(md, 'utf8'), /^<!-- Chainline /);
  });
});
