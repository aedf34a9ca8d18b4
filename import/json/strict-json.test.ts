import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { JsonInputError, parseStrictJson } from './strict-json';

const utf8 = (s: string) => new TextEncoder().encode(s);
const refused = (bytes: Uint8Array, pattern: RegExp) => assert.throws(() => parseStrictJson(bytes, 'in.json'), (e: Error) => e instanceof JsonInputError && pattern.test(e.message));

describe('strict JSON input', () => {
  it('reads UTF-8 with or without a byte order mark', () => {
    assert.deepEqual(parseStrictJson(utf8('{"title":"产业链会议"}'), 'in.json'), { title: '产业链会议' });
    assert.deepEqual(parseStrictJson(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('[{"title":"產業鏈"}]')]), 'in.json'), [{ title: '產業鏈' }]);
  });

  it('refuses GBK and Big5 bytes, naming the encoding they look like', () => {
    refused(iconv.encode('{"title":"全省光电产业链专题会议召开，推进产业发展"}', 'gbk'), /not UTF-8 \(it looks like GB18030\)/);
    refused(iconv.encode('{"title":"全省光電產業鏈專題會議召開，推進產業發展"}', 'big5'), /not UTF-8 \(it looks like Big5\)/);
  });

  it('refuses invalid UTF-8 sequences', () => refused(new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]), /not UTF-8/));

  it('refuses a key written twice in one object, wherever it is nested', () => {
    refused(utf8('{"title":"a","title":"b"}'), /key "title" twice.*line 1, column 14/);
    refused(utf8('[{"x":1},{"targets":[{"metric":"a","metric":"b"}]}]'), /key "metric" twice/);
    // The same key in sibling objects, or as a value, is fine; escapes are compared decoded.
    assert.deepEqual(parseStrictJson(utf8('[{"a":"a"},{"a":"\\"a"}]'), 'x'), [{ a: 'a' }, { a: '"a' }]);
    refused(utf8('{"a":1,"\\u0061":2}'), /key "a" twice/);
  });

  it('refuses lone surrogates and names where they are', () => refused(utf8('{"targets":[{"metric":"\\ud800x"}]}'), /targets\[0\]\.metric holds a broken character/));

  it('says where a syntax error is, and that empty input is empty', () => {
    refused(utf8('{\n  "title": "a",\n}'), /not valid JSON at line 3/);
    refused(utf8('  \n'), /is empty/);
  });
});
