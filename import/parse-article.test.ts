import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { ASCII_PARAGRAPHS, PARAGRAPHS, SCRAPE } from './fixtures/articles';
import { contentFingerprint, parseArticle, type ParsedArticle } from './index';

const FILES = path.join(import.meta.dirname, 'fixtures', 'files');

async function parsed(name: string): Promise<ParsedArticle> {
  const result = await parseArticle(new Uint8Array(readFileSync(path.join(FILES, name))), name);
  assert.ok(result.ok, result.ok ? '' : `${name}: ${result.error.message}`);
  return result.article;
}

test('every encoding of the simplified article decodes to the same body', async () => {
  const expected: Record<string, string> = {
    'scrape-utf8.txt': 'UTF-8',
    'scrape-utf8-bom.txt': 'UTF-8',
    'scrape-utf16le-bom.txt': 'UTF-16LE',
    'scrape-utf16be-bom.txt': 'UTF-16BE',
    'scrape-utf16le-nobom.txt': 'UTF-16LE',
    'scrape-gb18030.txt': 'GB18030',
  };
  for (const [name, encoding] of Object.entries(expected)) {
    const article = await parsed(name);
    assert.equal(article.encoding, encoding, name);
    assert.equal(article.script, 'simplified', name);
    assert.equal(article.body, PARAGRAPHS.join('\n\n'), name);
  }
});

test('the traditional article in UTF-8 and Big5, with and without glosses', async () => {
  const utf8 = await parsed('scrape-traditional-utf8.txt');
  const big5 = await parsed('scrape-traditional-big5.txt');
  const glossed = await parsed('scrape-traditional-glosses.txt');
  assert.equal(big5.encoding, 'Big5');
  assert.equal(utf8.script, 'traditional');
  assert.equal(big5.body, utf8.body.replace(/•/g, '‧'));
  assert.equal(glossed.body, utf8.body);
});

test('one fingerprint across encodings, scripts and formats', async () => {
  const names = [
    'scrape-utf8.txt', 'scrape-utf8-bom.txt', 'scrape-utf16le-bom.txt', 'scrape-utf16be-bom.txt', 'scrape-utf16le-nobom.txt', 'scrape-gb18030.txt',
    'scrape-traditional-utf8.txt', 'scrape-traditional-big5.txt', 'scrape-traditional-glosses.txt', 'page-utf8.html', 'page-gbk.html', 'article.md', 'article.docx',
  ];
  const prints = new Set<string>();
  for (const name of names) prints.add(contentFingerprint(await parsed(name)));
  assert.equal(prints.size, 1);
  const pdf = await parsed('ascii.pdf');
  assert.deepEqual(pdf.paragraphs, ASCII_PARAGRAPHS);
  assert.equal(contentFingerprint(pdf), contentFingerprint(await parsed('ascii.txt')));
  assert.ok(!prints.has(contentFingerprint(pdf)));
});

test('an HTML page declaring gb2312 is read as GB18030', async () => {
  const article = await parsed('page-gbk.html');
  assert.equal(article.encoding, 'GB18030');
  assert.equal(article.format, 'html');
});

test('random bytes and garbled text are undecodable, never imported as mojibake', async () => {
  let seed = 7;
  const random = new Uint8Array(4000).map(() => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff);
  const gb = iconv.encode(SCRAPE, 'gb18030');
  const garbled = new Uint8Array(gb.filter((_, i) => i % 5 !== 2));
  for (const [bytes, name] of [[random, 'random.txt'], [garbled, 'garbled.txt'], [random, 'random.md']] as const) {
    const result = await parseArticle(bytes, name);
    assert.equal(!result.ok && result.error.code, 'undecodable', name);
  }
});

test('unsupported, empty and corrupt files are reported, not thrown', async () => {
  const cases: [Uint8Array, string, string][] = [
    [new TextEncoder().encode('some words'), 'notes.xyz', 'unsupported'],
    [new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]), 'old.doc', 'unsupported'],
    [new Uint8Array(0), 'empty.txt', 'empty'],
    [new TextEncoder().encode('%PDF-1.4\nbroken'), 'broken.pdf', 'corrupt'],
    [new TextEncoder().encode('not a zip'), 'broken.docx', 'corrupt'],
  ];
  for (const [bytes, name, code] of cases) {
    const result = await parseArticle(bytes, name);
    assert.equal(!result.ok && result.error.code, code, name);
  }
});

test('an unknown extension holding HTML is read as HTML', async () => {
  const result = await parseArticle(new Uint8Array(readFileSync(path.join(FILES, 'page-utf8.html'))), 'article.asp');
  assert.ok(result.ok);
  assert.equal(result.article.format, 'html');
});
