import { findDateTime } from './datetime';

export type FieldLine =
  | { kind: 'originalTitle'; value: string }
  | { kind: 'outlet'; value: string }
  | { kind: 'reporter'; value: string }
  | { kind: 'editor'; value: string }
  | { kind: 'url'; value: string }
  | { kind: 'neighbour'; date: string | null };

const ORIGINAL_TITLE = /^(?:原标题|原標題)\s*[:：]\s*(.+)$/;
const REPRINTED = /^(?:本文)?(?:转载自|轉載自|转自|轉自|稿件来源|稿件來源|来源|來源|稿源)\s*[:：]?\s*([^\s，,。]{2,30})\s*$/;
const EDITOR = /^[【\[(（]?\s*(?:责任编辑|責任編輯|编辑|編輯|责编|責編|审核|審核|校对|校對)\s*[:：]\s*([\u3400-\u9fff·]{2,6})\s*[】\])）]?$/;
const REPORTER = /^(?:作者|记者|記者|撰稿|文|文\/图|文\/圖)\s*[:：/]\s*([\u3400-\u9fff·]{2,6})\s*$/;
const URL_LINE = /^(?:(?:原文链接|原文鏈接|原文地址|原文网址|本文链接|本文鏈接|链接|網址|网址|url|source)\s*[:：]\s*)?(https?:\/\/\S+)$/i;
const NEIGHBOUR = /^(?:上一篇|下一篇|上一條|下一條|上一条|下一条)\s*[:：]?/;

/**
 * A line that only carries metadata: 原标题, a reprint source, an editor or reporter credit, the
 * article's URL, or a link to the previous or next article (whose date is kept: see publish-date).
 */
export function readFieldLine(line: string): FieldLine | null {
  if (line.length > 200) return null;
  if (NEIGHBOUR.test(line)) return { kind: 'neighbour', date: findDateTime(line) };
  let m = ORIGINAL_TITLE.exec(line);
  if (m) return { kind: 'originalTitle', value: m[1]!.trim().replace(/^《(.*)》$/, '$1') };
  m = URL_LINE.exec(line);
  if (m) return { kind: 'url', value: m[1]! };
  m = EDITOR.exec(line);
  if (m) return { kind: 'editor', value: m[1]! };
  m = REPORTER.exec(line);
  if (m) return { kind: 'reporter', value: m[1]! };
  m = REPRINTED.exec(line);
  if (m) return { kind: 'outlet', value: m[1]! };
  return null;
}
