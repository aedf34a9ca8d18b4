import assert from 'node:assert/strict';
import { it } from 'node:test';
import { report } from '../data/report-fixture';
import { reportToMarkdown } from './markdown';
import { withReferences } from './references';

it('Markdown: each record a section, each quote a footnote with the sentence and its GB/T 7714 reference', () => {
  const md = reportToMarkdown(withReferences(report), { lang: 'zh' });
  assert.equal(
    md,
    [
      '## 关于推动集成电路产业链"强链"的实施方案',
      '',
      '类型：规划/计划 · 日期：2023-06 · 产业链：集成电路, 半导体设备 · 地区：江苏省',
      '',
      '- 到2025年，全省集成电路产业规模突破5000亿元。[^1]',
      '',
      '## =HYPERLINK("http://evil")',
      '',
      '类型：会议/活动 · 日期：日期不详',
      '',
      '[^1]: “到2025年，全省集成电路产业规模突破5000亿元。” 江苏省人民政府. 省政府印发方案[EB/OL]. (2023-06-12). https://www.jiangsu.gov.cn/a.html.',
      '',
    ].join('\n'),
  );
});

it('Markdown in English labels the fields in English; footnotes number through the document', () => {
  const twice = { ...report, rows: [report.rows[0]!, { ...report.rows[0]!, id: 'r3', quotes: [{ sourceId: 's1', quote: '第二句。', note: '笔记' }] }] };
  const md = reportToMarkdown(withReferences(twice), { lang: 'en' });
  assert.match(md, /Kind: Plan \/ programme · Date: 2023-06/);
  assert.match(md, /^- 第二句。\[\^2\] \(笔记\)$/m);
  assert.match(md, /^\[\^2\]: "第二句。" 江苏省人民政府\. 省政府印发方案\[EB\/OL\]/m);
});
