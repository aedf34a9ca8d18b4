const BREADCRUMB = /^(?:您当前的位置|您现在的位置|当前位置|您的位置|你的位置|所在位置|当前页面|您當前的位置|當前位置)|首页\s*(?:>|＞|»|›|→|\/)|首頁\s*(?:>|＞|»|›)/;
const BUTTONS = /^(?:[X×✕]\s*)?(?:关闭|關閉|返回顶部|返回首页|返回列表|上一页|下一页|打印|打印本页|关闭窗口|收藏|收藏本页|设为首页|加入收藏)$/;
const FONT_SIZE = /^字[号號]\s*[:：]?\s*(?:[大中小]\s*)+$/;
const SENTENCE_END = /[。！？!?；;]/;

/** A menu: four or more short items separated by bars, dots or wide gaps, or five or more tiny words. */
function isMenu(line: string): boolean {
  if (SENTENCE_END.test(line)) return false;
  const items = line.split(/\s*[|｜]\s*|\s{2,}|\s*[·•]\s*/).filter(Boolean);
  if (items.length >= 4 && items.every((item) => item.length <= 8)) return true;
  const words = line.split(' ').filter(Boolean);
  return words.length >= 5 && words.every((word) => word.length <= 4);
}

/** Navigation menus, breadcrumbs and page buttons. */
export function isNavLine(line: string): boolean {
  return BREADCRUMB.test(line) || BUTTONS.test(line) || FONT_SIZE.test(line) || isMenu(line);
}
