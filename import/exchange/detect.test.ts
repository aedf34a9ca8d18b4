import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deflatedZip, storedZip } from '../fixtures/zip';
import { detectExchange } from './detect';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('detectExchange', () => {
  it('tells exchange files by their content, whatever their name', () => {
    assert.equal(detectExchange(utf8('{\n  "format": "chainline-bundle",\n  "formatVersion": 1'), 'from-li.json'), 'bundle');
    assert.equal(detectExchange(utf8('\uFEFF[\n  {"id": "a1", "type": "article-newspaper", "title": "工信部召开会议"}\n]'), 'zotero.txt'), 'csl-json');
    assert.equal(detectExchange(utf8('[{"type":"webpage","title":"x"}]'), 'refs.json'), 'csl-json');
    assert.equal(detectExchange(utf8('TY  - NEWS\r\nTI  - 关于推进集成电路产业链\r\nER  - \r\n'), 'export.txt'), 'ris');
    assert.equal(detectExchange(utf8('% exported by Zotero\n\n@article{li2024,\n  title = {会议}\n}'), 'My Library.bib'), 'bibtex');
    assert.equal(detectExchange(utf8('@online{x, title={y}}'), 'refs'), 'bibtex');
  });

  it('tells a zipped bundle from a workbook by their entries', () => {
    assert.equal(detectExchange(storedZip({ 'bundle.json': '{}' }), 'share.chainline'), 'bundle');
    assert.equal(detectExchange(deflatedZip({ '[Content_Types].xml': utf8('<Types/>'), 'xl/workbook.xml': utf8('<workbook/>') }), 'records.xlsx'), 'xlsx');
  });

  it('leaves articles to the article importer', () => {
    assert.equal(detectExchange(utf8('国务院常务会议研究部署推进新型工业化，会议指出，要巩固集成电路产业链。'), 'a.txt'), null);
    assert.equal(detectExchange(utf8('<html><body>TY  - not at the start</body></html>'), 'a.html'), null);
    assert.equal(detectExchange(utf8('{"kind": "meeting", "title": "会议"}'), 'records.json'), null);
    assert.equal(detectExchange(utf8('[{"kind": "meeting", "title": "会议"}]'), 'records.json'), null);
    assert.equal(detectExchange(storedZip({ 'word/document.xml': '<w:document/>' }), 'a.docx'), null);
    assert.equal(detectExchange(utf8('标题,日期\n会议,2024-01-01\n'), 'notes.txt'), null);
  });

  it('needs the extension to call a file a table', () => {
    assert.equal(detectExchange(utf8('标题,日期\n会议,2024-01-01\n'), 'records.csv'), 'csv');
    assert.equal(detectExchange(utf8('标题\t日期\n'), 'records.TSV'), 'csv');
  });
});
