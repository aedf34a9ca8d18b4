import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { parseBibtex } from './bibtex';

const bytes = (s: string) => new TextEncoder().encode(s);

// As Zotero's BibTeX export writes a newspaper article (notes in annote when notes are exported), and a biblatex entry.
const FILE = `% Exported by Zotero
@string{hn = {河南日报}}

@article{li_2023,
\ttitle = {全省{光电}产业链专题会议召开 \\& 推进},
\tjournal = hn,
\tauthor = {李明 and 王芳},
\tyear = {2023}, month = jun, day = {12},
\turl = {https://example.cn/a.html},
\tabstract = {会议指出，要做强光电产业链。},
\tannote = {<p>到2025年规模突破900亿元。</p>},
\tlanguage = {zh-CN},
}

@online{chen2024,
  title = {新竹科學園區半導體產業鏈座談會舉行},
  organization = {經濟日報},
  author = {Chen, Zhiming},
  date = {2024-03-05},
  urldate = {2024-04-01},
  note = {自己的笔记},
}
`;

describe('BibTeX reader (citation-js, entry by entry)', () => {
  it('reads Zotero’s BibTeX and biblatex: TeX escapes and braces as text, @string macros, notes and abstract', () => {
    const { records, errors } = parseBibtex(bytes(FILE));
    assert.deepEqual(errors, []);
    assert.deepEqual(records[0], {
      entry: 'entry 1 (li_2023)', line: 4, title: '全省光电产业链专题会议召开 & 推进', outlet: '河南日报', reporter: '李明、王芳', publishedAt: '2023-06-12',
      url: 'https://example.cn/a.html', notes: '到2025年规模突破900亿元。', body: '会议指出，要做强光电产业链。', script: 'simplified', warnings: [],
    });
    assert.equal(records[1]!.reporter, 'Zhiming Chen');
    assert.equal(records[1]!.outlet, '經濟日報');
    assert.equal(records[1]!.notes, '自己的笔记');
    assert.equal(records[1]!.script, 'traditional');
  });

  it('an unclosed brace is named by its entry and line; the entries after it still read', () => {
    const { records, errors } = parseBibtex(bytes('@misc{ok1, title={第一}}\n@misc{bad,\n  title = {未闭合 {括号},\n  year = 2023\n}\n@misc{ok2, title={第三}}\n'));
    assert.deepEqual(records.map((r) => r.title), ['第一', '第三']);
    assert.equal(errors.length, 1);
    assert.equal(errors[0]!.entry, 'entry 2 (bad)');
    assert.equal(errors[0]!.line, 2);
    assert.match(errors[0]!.message, /in the entry that starts on line 2 \(an unclosed brace/);
  });

  it('refuses an empty file, a file without entries and a GB18030 file whole', () => {
    assert.deepEqual(parseBibtex(bytes('')).errors, [{ entry: 'file', code: 'empty-file', params: {}, message: 'the file is empty' }]);
    assert.deepEqual(parseBibtex(bytes('just text\n')).errors, [{ entry: 'file', line: 1, code: 'no-entries', params: { line: 1 }, message: 'no BibTeX entries (@article{…}, @online{…} …) from line 1' }]);
    assert.match(parseBibtex(iconv.encode(FILE, 'gb18030')).errors[0]!.message, /not UTF-8 \(it looks like GB18030\)/);
  });
});
