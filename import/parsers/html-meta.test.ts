import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { declaredCharset, readHtmlMeta } from './html-meta';

function meta(head: string, body = '') {
  return readHtmlMeta(parseHTML(`<html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document);
}

test('Open Graph and article tags', () => {
  assert.deepEqual(
    meta('<title>推进会召开_中原网</title><meta property="og:title" content="推进会召开"><meta property="og:site_name" content="中原网"><meta property="og:url" content="https://a.example/1.html"><meta property="article:published_time" content="2024-03-15T13:05:33Z"><meta name="author" content="赵明">'),
    { title: '推进会召开', outlet: null, siteName: '中原网', reporter: '赵明', url: 'https://a.example/1.html', publishedAt: '2024-03-15T21:05:33' },
  );
});

test('Chinese government-site tags, canonical links and the title without the site name', () => {
  const found = meta('<title>推进会召开 - 中原网</title><meta name="PubDate" content="2024-03-15 21:05"><meta name="ContentSource" content="中原日报"><link rel="canonical" href="https://a.example/2.html">');
  assert.equal(found.title, '推进会召开');
  assert.equal(found.publishedAt, '2024-03-15T21:05:00');
  assert.equal(found.outlet, '中原日报');
  assert.equal(found.url, 'https://a.example/2.html');
});

test('h1 when there is no og:title, JSON-LD dates, relative URLs ignored', () => {
  const found = meta('<title>站点首页</title><link rel="canonical" href="/2.html"><script type="application/ld+json">{"datePublished":"2024-03-15T21:05:33+08:00"}</script>', '<h1>推进会召开</h1>');
  assert.equal(found.title, '推进会召开');
  assert.equal(found.publishedAt, '2024-03-15T21:05:33');
  assert.equal(found.url, null);
});

test('the declared charset', () => {
  assert.equal(declaredCharset(new TextEncoder().encode('<html><head><meta charset="gb2312">')), 'gb2312');
  assert.equal(declaredCharset(new TextEncoder().encode('<meta http-equiv="Content-Type" content="text/html; charset=GBK">')), 'GBK');
  assert.equal(declaredCharset(new TextEncoder().encode('<p>no charset</p>')), null);
});
