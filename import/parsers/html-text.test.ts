import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { elementText } from './html-text';

function body(html: string): Element {
  return parseHTML(`<html><body>${html}</body></html>`).document.body as unknown as Element;
}

test('one block per paragraph, <br> as a line break, inline text joined', () => {
  const text = elementText(body('<h2>标题</h2><p>第一段<b>加粗</b>文字。</p><div>第二段<br>换行</div><ul><li>一</li><li>二</li></ul>'));
  assert.equal(text, '标题\n\n第一段加粗文字。\n\n第二段\n换行\n\n一\n\n二');
});

test('scripts, styles, handlers and hidden elements never become text', () => {
  const text = elementText(body('<p onclick="alert(1)">正文<script>evil()</script><style>p{}</style><noscript>NS</noscript></p><a href="javascript:void(0)">链接</a><div hidden>隐藏</div><span style="display:none">藏</span>'));
  assert.equal(text, '正文\n\n链接');
});

test('page furniture is skipped when asked', () => {
  assert.equal(elementText(body('<nav>首页</nav><header>页眉</header><p>正文</p><footer>页脚</footer>'), { skipChrome: true }), '正文');
});
