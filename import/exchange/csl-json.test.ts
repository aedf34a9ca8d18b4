import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { parseCslJson } from './csl-json';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('CSL-JSON reader', () => {
  it('reads Zotero-style items: title, container, authors, day, address, notes as text, abstract, language', () => {
    const { records, errors } = parseCslJson(
      bytes(
        JSON.stringify([
          {
            id: 'http://zotero.org/users/1/items/ABCD', type: 'article-newspaper', title: '全省光电产业链专题会议召开', 'container-title': '河南日报',
            author: [{ family: '李', given: '明' }, { literal: '王芳' }], issued: { 'date-parts': [['2023', '6', '12']] }, URL: 'https://example.cn/a.html',
            note: '<p>会议&amp;规划</p><p>第二段</p>', abstract: '会议指出，要做强光电产业链。', language: 'zh-CN',
          },
          { id: '7d6f2c1a-3b4e-4f5a-9b8c-1d2e3f4a5b6c', type: 'webpage', title: '新竹科學園區座談會', issued: { raw: '2024-03-05' } },
        ]),
      ),
    );
    assert.deepEqual(errors, []);
    assert.deepEqual(records[0], {
      entry: 'item 1 (http://zotero.org/users/1/items/ABCD)', title: '全省光电产业链专题会议召开', outlet: '河南日报', reporter: '李明、王芳', publishedAt: '2023-06-12',
      url: 'https://example.cn/a.html', notes: '会议&规划\n第二段', body: '会议指出，要做强光电产业链。', script: 'simplified', warnings: [],
    });
    // A Chainline source's own id comes back; the script is read from the text when no language is given.
    assert.equal(records[1]!.id, '7d6f2c1a-3b4e-4f5a-9b8c-1d2e3f4a5b6c');
    assert.equal(records[1]!.script, 'traditional');
    assert.equal(records[1]!.publishedAt, '2024-03-05');
  });

  it('a date without a day is not kept, and says so', () => {
    const { records } = parseCslJson(bytes('[{"type":"article","title":"题","issued":{"date-parts":[[2023,6]]}}]'));
    assert.equal(records[0]!.publishedAt, null);
    assert.deepEqual(records[0]!.warnings, [{ code: 'month-only', params: { date: '2023-06' }, message: 'the date 2023-06 has no day: not kept' }]);
  });

  it('names each wrong item and what is wrong with it', () => {
    const { records, errors } = parseCslJson(
      bytes('[{"type":"x","title":["a"]}, 3, {"type":"x"}, {"type":"x","title":"t","URL":"javascript:alert(1)"}, {"type":"x","title":"t","issued":{"date-parts":[[2023,2,30]]}}, {"id":"k","type":"x","title":"好"}]'),
    );
    assert.deepEqual(records.map((r) => r.title), ['好']);
    assert.deepEqual(errors.map(({ entry, code, message }) => ({ entry, code, message })), [
      { entry: 'item 1', code: 'not-text', message: '"title" is an array, not text' },
      { entry: 'item 2', code: 'not-an-item', message: 'is number, not a CSL item (an object)' },
      { entry: 'item 3', code: 'no-title', message: 'it has no title' },
      { entry: 'item 4', code: 'not-a-url', message: 'the address "javascript:alert(1)" is not a web address (http:// or https://)' },
      { entry: 'item 5', code: 'no-such-day', message: 'there is no day 2023-02-30' },
    ]);
  });

  it('refuses a file of the wrong shape, an empty file, broken JSON and other encodings as a whole', () => {
    const whole = (s: Uint8Array) => parseCslJson(s).errors;
    assert.deepEqual(whole(bytes('{"items":[]}')), [{ entry: 'file', code: 'not-an-array', params: { what: 'an object' }, message: 'a CSL-JSON file is an array of items; this one is an object' }]);
    assert.match(whole(bytes(''))[0]!.message, /empty/);
    assert.match(whole(bytes('[{"type":"x",'))[0]!.message, /not valid JSON/);
    assert.match(whole(iconv.encode('[{"type":"article","title":"全省光电产业链专题会议召开"}]', 'gb18030'))[0]!.message, /not UTF-8 \(it looks like GB18030\)/);
  });
});
