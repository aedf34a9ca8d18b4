// Staff credits closing an article: 责任编辑：王小明, （编辑 张三）, 责编/审核/校对/终审 lines. The
// byline reader takes what it wants from them first (meta/fields); in the body they are boilerplate.
const ROLE = '(?:责任编辑|責任編輯|值班编辑|值班編輯|编辑|編輯|责编|責編|审核|審核|审校|審校|校对|校對|终审|終審|初审|初審|二审|二審|三审|三審|编审|編審|监制|監製|核稿|美编|美編)';
const NAME = '[\\u4e00-\\u9fa5·]{2,5}';
const CREDIT = `${ROLE}\\s*[:：丨|/／]?\\s*${NAME}(?:\\s*[、，,/／\\s]\\s*${NAME})*`;
const CREDITS_LINE = new RegExp(`^[（(【\\[]?\\s*${CREDIT}(?:\\s*[；;，,\\s]\\s*${CREDIT})*\\s*[）)】\\]]?$`);

/** A line of staff credits (editor, reviewer, proofreader). */
export function isCreditsLine(line: string): boolean {
  return line.length <= 80 && CREDITS_LINE.test(line.trim());
}

const NEIGHBOUR = /^(?:上一篇|下一篇|上一條|下一條|上一条|下一条|上篇|下篇|前一篇|后一篇|後一篇)(?:文章)?\s*[:：]?/;

/** 上一篇/下一篇: the site's links to its neighbouring articles (with their titles and dates), never this article's. */
export function isNeighbourLink(line: string): boolean {
  return NEIGHBOUR.test(line.trim());
}
