import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { readCsvTable } from './table-csv';

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

describe('readCsvTable', () => {
  it('reads headers and rows, numbered as a spreadsheet numbers them, blank rows skipped', () => {
    const t = readCsvTable(utf8('\uFEFF标题,日期\r\n"全省光电产业链会议, 郑州",2024年6月\r\n\r\n"多行\n标题",2024\r\n'));
    assert.deepEqual(t.errors, []);
    assert.equal(t.encoding, 'utf-8');
    assert.deepEqual(t.headers, ['标题', '日期']);
    assert.deepEqual(t.rows, [
      { row: 2, cells: ['全省光电产业链会议, 郑州', '2024年6月'] },
      { row: 4, cells: ['多行\n标题', '2024'] },
    ]);
  });

  it('reads a CSV Excel saved in GB18030 and says so', () => {
    const t = readCsvTable(new Uint8Array(iconv.encode('标题,产业链,地区\r\n洛阳市光电产业链推进会议召开,光电产业链,洛阳市\r\n', 'gb18030')));
    assert.deepEqual(t.errors, []);
    assert.equal(t.encoding, 'gb18030');
    assert.deepEqual(t.rows[0].cells, ['洛阳市光电产业链推进会议召开', '光电产业链', '洛阳市']);
  });

  it('reads TSV by its name, and takes back the apostrophe that defused a formula', () => {
    const t = readCsvTable(utf8("title\tkind\n'=专项基金\tmeasure\n"), 'a.tsv');
    assert.deepEqual(t.rows[0].cells, ['=专项基金', 'measure']);
  });

  it('refuses an empty file, a header alone, and a header written twice', () => {
    assert.match(readCsvTable(new Uint8Array()).errors[0].message, /empty/);
    assert.match(readCsvTable(utf8('\r\n,,\r\n')).errors[0].message, /table is empty/);
    assert.match(readCsvTable(utf8('标题,日期\r\n')).errors[0].message, /header row but no rows/);
    assert.match(readCsvTable(utf8('标题,标题\r\na,b\r\n')).errors[0].message, /row 1: the header 标题 is written twice \(columns 1 and 2\)/);
  });
});

describe('readCsvTable limits', () => {
  it('refuses a table of more than 100,000 rows without reading them all', () => {
    const t = readCsvTable(new Uint8Array(Buffer.from(`标题,类型\n${'会,会议\n'.repeat(102_000)}`)));
    assert.equal(t.errors[0].code, 'too-large');
    assert.match(t.errors[0].message, /more than 100,000 rows/);
  });
});
