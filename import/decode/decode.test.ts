import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { decodeBytes } from './decode';

const SIMPLIFIED = '3月15日上午，全省新能源汽车产业链推进会在郑州召开。会议要求，要加快培育龙头企业，推动动力电池、智能网联等关键环节协同发展，力争到2026年全省新能源汽车产量突破150万辆。';
const TRADITIONAL = '3月15日上午，全省新能源汽車產業鏈推進會在鄭州召開。會議要求，要加快培育龍頭企業，推動動力電池、智能網聯等關鍵環節協同發展，力爭到2026年全省新能源汽車產量突破150萬輛。';

function decoded(bytes: Uint8Array, declared?: string) {
  const result = decodeBytes(bytes, declared);
  assert.ok(result.ok, result.ok ? '' : result.error.message);
  return result;
}

test('UTF-8 with and without BOM', () => {
  const plain = Buffer.from(SIMPLIFIED, 'utf8');
  assert.deepEqual(decoded(plain), { ok: true, text: SIMPLIFIED, encoding: 'UTF-8' });
  const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), plain]);
  assert.deepEqual(decoded(bom), { ok: true, text: SIMPLIFIED, encoding: 'UTF-8' });
});

test('UTF-16 with BOM in both byte orders, and little-endian without BOM', () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(SIMPLIFIED, 'utf16le')]);
  assert.equal(decoded(le).encoding, 'UTF-16LE');
  assert.equal(decoded(le).text, SIMPLIFIED);
  const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(SIMPLIFIED, 'utf16be')]);
  assert.equal(decoded(be).text, SIMPLIFIED);
  const bare = iconv.encode(SIMPLIFIED, 'utf16le');
  assert.deepEqual(decoded(bare), { ok: true, text: SIMPLIFIED, encoding: 'UTF-16LE' });
  const ascii = iconv.encode('Plain ASCII text saved as UTF-16 without a byte order mark.', 'utf16be');
  assert.equal(decoded(ascii).encoding, 'UTF-16BE');
});

test('GB18030 and GBK', () => {
  assert.deepEqual(decoded(iconv.encode(SIMPLIFIED, 'gb18030')), { ok: true, text: SIMPLIFIED, encoding: 'GB18030' });
  assert.equal(decoded(iconv.encode(SIMPLIFIED, 'gbk')).text, SIMPLIFIED);
});

test('Big5', () => {
  assert.deepEqual(decoded(iconv.encode(TRADITIONAL, 'big5')), { ok: true, text: TRADITIONAL, encoding: 'Big5' });
});

test('a short GB18030 text still beats Big5', () => {
  assert.equal(decoded(iconv.encode('光电产业链', 'gb18030')).encoding, 'GB18030');
});

test('a declared charset is used when the bytes agree with it', () => {
  const bytes = iconv.encode(SIMPLIFIED, 'gb18030');
  assert.equal(decoded(bytes, 'gb2312').encoding, 'GB18030');
  // A wrong declaration is outvoted by the bytes.
  assert.equal(decoded(bytes, 'big5').encoding, 'GB18030');
  assert.equal(decoded(iconv.encode(TRADITIONAL, 'big5'), 'utf-8').encoding, 'Big5');
});

test('a Latin-1 text falls through to chardet', () => {
  const french = "Le ministère a présenté le plan d'action pour la chaîne optoélectronique à Zhengzhou, après une réunion spéciale.";
  assert.equal(decoded(iconv.encode(french, 'windows-1252')).text, french);
});

test('random bytes are undecodable', () => {
  let seed = 42;
  const random = new Uint8Array(3000).map(() => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff);
  const result = decodeBytes(random);
  assert.equal(result.ok, false);
  assert.equal(!result.ok && result.error.code, 'undecodable');
});

test('a garbled GB18030 file (bytes dropped, pairs misaligned) is undecodable', () => {
  const bytes = iconv.encode(SIMPLIFIED.replace(/[，。、]/g, '').repeat(4), 'gb18030');
  const garbled = Buffer.from(bytes.filter((_, i) => i % 7 !== 3));
  const result = decodeBytes(garbled);
  assert.equal(!result.ok && result.error.code, 'undecodable');
});

test('UTF-8 mojibake (UTF-8 read as Latin-1 and saved again) is undecodable', () => {
  const mojibake = Buffer.from(Buffer.from(SIMPLIFIED, 'utf8').toString('latin1'), 'utf8');
  const result = decodeBytes(mojibake);
  assert.equal(!result.ok && result.error.code, 'undecodable');
});

test('a UTF-8 file cut inside its last character keeps everything before it', () => {
  const bytes = Buffer.from(SIMPLIFIED, 'utf8');
  const cut = bytes.subarray(0, bytes.length - 1);
  assert.equal(decoded(cut).text, SIMPLIFIED.slice(0, -1));
});

test('a UTF-8 file of symbols only is empty rather than undecodable', () => {
  const result = decodeBytes(Buffer.from('《》——……', 'utf8'));
  assert.equal(!result.ok && result.error.code, 'empty');
});

test('empty and whitespace-only files are empty', () => {
  const none = decodeBytes(new Uint8Array(0));
  assert.equal(!none.ok && none.error.code, 'empty');
  const blank = decodeBytes(Buffer.from(' \n\t\n'));
  assert.equal(!blank.ok && blank.error.code, 'empty');
});
