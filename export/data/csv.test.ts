import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ReportData } from '../../api/contract/export';
import { CSV_COLUMNS, csvCell, reportToCsv } from './csv';

const report: ReportData = {
  total: 2,
  rows: [
    {
      id: 'r1', kind: 'plan', subkind: null, title: '关于推动集成电路产业链"强链"的实施方案', dateStart: '2023-06', dateEnd: null, status: 'in-force',
      chains: ['集成电路', '半导体设备'], regions: ['江苏省'], targets: [{ metric: '产值', value: 5000, unit: '亿元', deadline: '2025' }], sourceIds: ['s1'],
    },
    { id: 'r2', kind: 'meeting', subkind: 'chain-meeting', title: '=HYPERLINK("http://evil")', dateStart: null, dateEnd: null, status: null, chains: [], regions: [], targets: [], sourceIds: [] },
  ],
  sources: [{ id: 's1', outlet: '江苏省人民政府', title: '省政府印发方案', publishedAt: '2023-06-12', url: 'https://www.jiangsu.gov.cn/a.html' }],
};

describe('CSV export', () => {
  it('starts with a BOM (Excel reads UTF-8 Chinese then) and uses CRLF rows', () => {
    const csv = reportToCsv(report);
    assert.ok(csv.startsWith('\uFEFFid,kind,'));
    const lines = csv.slice(1).split('\r\n');
    assert.equal(lines.length, 4, 'header, two rows, final newline');
    assert.equal(lines[0], CSV_COLUMNS.join(','));
    assert.equal(lines[1], 'r1,plan,,"关于推动集成电路产业链""强链""的实施方案",2023-06,,in-force,集成电路; 半导体设备,江苏省,产值 5000 亿元 (2025),江苏省人民政府 《省政府印发方案》 2023-06-12 https://www.jiangsu.gov.cn/a.html');
  });

  it('defuses cells Excel would run as formulas', () => {
    assert.match(reportToCsv(report), /r2,meeting,chain-meeting,"'=HYPERLINK\(""http:\/\/evil""\)"/);
    for (const bad of ['=1+1', '+1', '-2', '@SUM(A1)', '\t=1', '\r=1']) assert.ok(csvCell(bad).replace(/^"/, '').startsWith("'"), JSON.stringify(bad));
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(csvCell('line\nbreak'), '"line\nbreak"');
    assert.equal(csvCell(null), '');
    assert.equal(csvCell(12.5), '12.5');
  });
});
