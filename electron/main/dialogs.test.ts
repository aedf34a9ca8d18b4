import assert from 'node:assert/strict';
import { it } from 'node:test';
import { exportDataDialog } from './dialogs';
import { STRINGS } from './strings';

it('the save dialog of a data export names its format and file kind, in each language', () => {
  const bib = exportDataDialog(STRINGS.zh, 'bibtex', '/home/r/研究 2026-01-01.bib');
  assert.equal(bib.title, '导出引用文献（BibTeX）');
  assert.deepEqual(bib.filters, [{ name: 'BibTeX / biblatex', extensions: ['bib'] }]);
  assert.deepEqual(exportDataDialog(STRINGS.en, 'csl-json', 'x').filters, [{ name: 'CSL-JSON (Zotero and other reference managers)', extensions: ['json'] }]);
  assert.equal(exportDataDialog(STRINGS.en, 'ris', 'x').title, 'Export Cited Sources (RIS)');
  assert.deepEqual(exportDataDialog(STRINGS.zh, 'markdown', 'x').filters, [{ name: 'Markdown 文档', extensions: ['md'] }]);
  assert.equal(exportDataDialog(STRINGS.zh, 'csv', 'x').title, '导出 CSV');
});
