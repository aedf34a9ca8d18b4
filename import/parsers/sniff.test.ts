import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectFormat } from './sniff';

const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

test('extensions name the format', () => {
  assert.deepEqual(detectFormat(bytes('正文'), 'a.txt'), { format: 'txt' });
  assert.deepEqual(detectFormat(bytes('# 标题'), 'a.MD'), { format: 'md' });
  assert.deepEqual(detectFormat(bytes('<p>x</p>'), 'a.shtml'), { format: 'html' });
});

test('signatures win over extensions, and unknown extensions are sniffed', () => {
  assert.deepEqual(detectFormat(bytes('%PDF-1.4\n'), 'download.bin'), { format: 'pdf' });
  assert.deepEqual(detectFormat(bytes('PK\x03\x04....word/document.xml'), 'file'), { format: 'docx' });
  assert.deepEqual(detectFormat(bytes('<!DOCTYPE html><html><head>'), 'page.asp'), { format: 'html' });
  assert.deepEqual(detectFormat(bytes('<!doctype html><html>'), 'saved.txt'), { format: 'html' });
});

test('everything else is unsupported, with a reason', () => {
  for (const [content, name] of [['plain words', 'notes.xyz'], ['PK\x03\x04....xl/workbook.xml', 'sheet.zip'], ['\xd0\xcf\x11\xe0', 'old.doc'], ['text', 'noext']]) {
    const result = detectFormat(bytes(content!), name!);
    assert.ok('error' in result && result.error.code === 'unsupported', name);
  }
});
