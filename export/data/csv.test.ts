import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_TABLE_COLUMNS } from '../../api/contract/export';
import { report } from './report-fixture';
import { csvCell, reportToCsv } from './csv';

describe('CSV export', () => {
  it('starts with a BOM (Excel reads UTF-8 Chinese then) and uses CRLF rows, with the screen columns by default', () => {
    const csv = reportToCsv(report);
    assert.ok(csv.startsWith('\uFEFFid,date_start,'));
    const lines = csv.slice(1).split('\r\n');
    assert.equal(lines.length, 4, 'header, two rows, final newline');
    assert.equal(lines[0], DEFAULT_TABLE_COLUMNS.join(','));
    assert.equal(lines[1], 'r1,2023-06,,plan,,"关于推动集成电路产业链""强链""的实施方案",集成电路; 半导体设备,江苏省,in-force,江苏省人民政府 《省政府印发方案》 2023-06-12 https://www.jiangsu.gov.cn/a.html');
  });

  it('holds the columns asked for, in the order asked', () => {
    const lines = reportToCsv(report, ['title', 'tags', 'targets', 'doc_number', 'issued_on', 'place']).slice(1).split('\r\n');
    assert.equal(lines[0], 'title,tags,targets,doc_number,issued_on,place');
    assert.equal(lines[1], '"关于推动集成电路产业链""强链""的实施方案",强链,产值 5000 亿元 (2025),苏政发〔2023〕1号,2023-06,');
  });

  it('defuses cells Excel would run as formulas', () => {
    assert.match(reportToCsv(report), /r2,,,meeting,chain-meeting,"'=HYPERLINK\(""http:\/\/evil""\)"/);
    for (const bad of ['=1+1', '+1', '-2', '@SUM(A1)', '\t=1', '\r=1']) assert.ok(csvCell(bad).replace(/^"/, '').startsWith("'"), JSON.stringify(bad));
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(csvCell('line\nbreak'), '"line\nbreak"');
    assert.equal(csvCell(null), '');
    assert.equal(csvCell(12.5), '12.5');
  });
});
