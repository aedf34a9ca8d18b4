import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import { articles, rng, type BenchArticle } from './corpus';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const EDITORS = ['张敏', '李华', '王芳', '刘洋', '陈静'];
const NAV = ['首页', '新闻', '要闻', '产业', '经济', '视频', '专题', '评论'];

const paragraphs = (a: BenchArticle) => a.body.split('\n\n');
const date = (a: BenchArticle) => a.publishedAt.replace('T', ' ');
// Boilerplate follows the article's script, as on a Taiwan or Hong Kong site.
const script = (a: BenchArticle, s: string) => (a.traditional ? toTraditional(s) : s);

/** A news page copied as text: headline, source line, breadcrumbs, body, related links, copyright. */
function txt(a: BenchArticle, related: string[], editor: string): string {
  return script(
    a,
    [
      a.title,
      `来源：${a.outlet}　　${date(a)}　　责任编辑：${editor}`,
      `首页 > 新闻 > 产业经济`,
      ...paragraphs(a),
      '相关阅读：',
      ...related,
      `版权所有 ${a.outlet} 未经授权禁止转载`,
    ].join('\n'),
  );
}

function md(a: BenchArticle, related: string[]): string {
  return script(a, [`# ${a.title}`, '', `来源：${a.outlet} | 发布时间：${date(a)}`, '', ...paragraphs(a).flatMap((p) => [p, '']), '---', '相关阅读', ...related.map((r, i) => `- [${r}](https://news.example.cn/${i}.html)`)].join('\n'));
}

/** A saved news web page: navigation, breadcrumbs, article, related links, footer and scripts around the text. */
function html(a: BenchArticle, related: string[], editor: string, charset: string): string {
  const nav = NAV.map((n, i) => `<li><a href="/c${i}/">${n}</a></li>`).join('');
  return script(
    a,
    `<!DOCTYPE html><html><head><meta charset="${charset}"><title>${a.title}_${a.outlet}</title>
<script>var _hmt = _hmt || []; (function() { var hm = document.createElement("script"); })();</script></head>
<body><header><div class="logo">${a.outlet}</div><nav><ul>${nav}</ul></nav></header>
<div class="crumbs"><a href="/">首页</a> &gt; <a href="/news/">新闻</a> &gt; 正文</div>
<article><h1>${a.title}</h1><div class="info"><span>来源：${a.outlet}</span> <span>${date(a)}</span> <span>责任编辑：${editor}</span></div>
${paragraphs(a).map((p) => `<p>${p}</p>`).join('\n')}
</article>
<div class="share">分享到：微信 微博 QQ空间</div>
<div class="related"><h3>相关阅读</h3><ul>${related.map((r, i) => `<li><a href="/news/${i}.html">${r}</a></li>`).join('')}</ul></div>
<footer><p>版权所有 ${a.outlet} 未经授权禁止转载</p><p>网站备案号：豫ICP备12345678号</p></footer>
<script src="/js/stat.js"></script></body></html>`,
  );
}

/**
 * A folder of `count` distinct articles as people collect them: 40% plain
 * text, 20% Markdown, 40% saved web pages; UTF-8 mostly, a quarter of the
 * simplified ones in GB18030, half the traditional ones (30%) in Big5; in
 * two subfolders.
 */
export function writeImportFolder(dir: string, count: number, places: { regions: string[]; chains: string[] }): { files: number; bytes: number } {
  const r = rng(99);
  const all = [...articles(count + 3, { ...places, seed: 1234 })];
  let bytes = 0;
  for (const sub of ['一月', '二月']) mkdirSync(path.join(dir, sub), { recursive: true });
  for (let i = 0; i < count; i++) {
    const a = all[i];
    const related = [all[i + 1].title, all[i + 2].title, all[i + 3].title];
    const encoding = a.traditional ? (r.next() < 0.5 ? 'big5' : 'utf8') : r.next() < 0.25 ? 'gb18030' : 'utf8';
    const kind = r.next();
    const editor = r.pick(EDITORS);
    const [ext, text] = kind < 0.4 ? ['txt', txt(a, related, editor)] : kind < 0.6 ? ['md', md(a, related)] : ['html', html(a, related, editor, encoding === 'utf8' ? 'utf-8' : encoding)];
    const data = iconv.encode(text, encoding);
    bytes += data.length;
    writeFileSync(path.join(dir, i % 2 ? '一月' : '二月', `article-${String(i).padStart(4, '0')}.${ext}`), data);
  }
  return { files: count, bytes };
}
