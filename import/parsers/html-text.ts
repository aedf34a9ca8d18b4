// Never text: code, styles, embedded objects and form controls. Their content must not reach a paragraph.
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'math', 'head', 'select', 'textarea', 'button', 'input', 'option', 'video', 'audio', 'map']);
// Page furniture, skipped only when reading a whole page rather than Readability's extract.
const CHROME = new Set(['nav', 'header', 'footer', 'aside', 'form', 'menu']);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre',
  'table', 'tr', 'figure', 'figcaption', 'center', 'address', 'hr', 'body', 'caption', 'details', 'summary', 'header', 'footer', 'nav', 'aside',
]);

/**
 * The visible text of an element, one block element per paragraph (blank line between blocks,
 * single line break for <br>). Only text nodes are read: attributes (onclick, href="javascript:…")
 * and script or style content never are.
 */
export function elementText(root: Element, { skipChrome = false } = {}): string {
  const out: string[] = [];
  let line = '';
  const flush = (separator: string) => {
    const text = line.replace(/[ \t\r\n\f]+/g, ' ').trim();
    if (text) out.push(text);
    line = '';
    if (separator === '\n\n' && out.at(-1) !== '') out.push('');
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        line += child.nodeValue ?? '';
        continue;
      }
      if (child.nodeType !== 1) continue;
      const tag = (child as Element).localName.toLowerCase();
      if (SKIP.has(tag) || (skipChrome && CHROME.has(tag))) continue;
      if ((child as Element).getAttribute('hidden') !== null || /display\s*:\s*none/i.test((child as Element).getAttribute('style') ?? '')) continue;
      if (tag === 'br') {
        flush('\n');
        continue;
      }
      if (tag === 'td' || tag === 'th') line += ' ';
      const block = BLOCK.has(tag);
      if (block) flush('\n\n');
      walk(child);
      if (block) flush('\n\n');
    }
  };
  walk(root);
  flush('\n\n');
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}
