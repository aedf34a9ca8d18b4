const HEADINGS = new Set([
  '相关阅读', '相关新闻', '相关文章', '相关报道', '相关推荐', '相关链接', '推荐阅读', '热门推荐', '热门文章', '热门阅读', '热点推荐',
  '猜你喜欢', '延伸阅读', '更多阅读', '更多新闻', '精彩推荐', '为你推荐', '往期回顾', '最新文章', '编辑推荐', '标签', '相关标签', '热词',
  '相關閱讀', '相關新聞', '相關文章', '相關報道', '相關推薦', '推薦閱讀', '熱門推薦', '猜你喜歡', '延伸閱讀', '更多閱讀', '標籤',
]);

/** The heading of a "related articles" or tags list: the line holds only the heading and decorations such as "更多>>". */
export function isRelatedHeading(line: string): boolean {
  if (line.length > 16) return false;
  const bare = line.replace(/更多\s*[>》»]*$/, '').replace(/[\s:：>》»|｜\-—·•【】\[\]]+/g, '');
  return HEADINGS.has(bare);
}

/** A line listing the article's tags or keywords: "标签：新能源汽车 产业链". */
export function isTagsLine(line: string): boolean {
  return line.length <= 60 && /^(?:标签|標籤|关键词|關鍵詞|关键字|關鍵字|tags?)\s*[:：]/i.test(line) && !/[。！？]$/.test(line);
}
