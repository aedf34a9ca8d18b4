import { comparable } from '../clean/normalize';

// Aggregator sites append a column tag to every headline: "…召开 当前关注", "… 天天快讯".
const COLUMN_TAG = /\s+(?:当前|今日|每日|天天|环球|全球|最新|实时|焦点|热门|今日最新|天天实时|全球最新|环球今日)?(?:关注|热点|热议|热闻|快讯|速看|速递|看点|头条|资讯|快看|聚焦|播报|要闻|观察|热搜|精选|动态|快报)$/;

export function stripHeadlineArtefacts(title: string): string {
  const stripped = title.trim().replace(COLUMN_TAG, '');
  return stripped.length >= 4 ? stripped : title.trim();
}

/**
 * A page <title> without the site name: "标题_中原网", "标题 - 中原网", "标题|中原网_新闻".
 * The headline is the longest part, which is nearly always the first.
 */
export function pageTitleWithoutSite(title: string): string {
  const parts = title.split(/\s*(?:_|\||｜|\s-\s|\s—\s|——|-{2,})\s*/).map((part) => part.trim()).filter(Boolean);
  if (parts.length <= 1) return title.trim();
  return parts.reduce((best, part) => (part.length > best.length ? part : best), '');
}

/**
 * Whether a headline-like first paragraph is the article's own, fuller headline restating a site's
 * shortened one: it starts with the title, or they share at least 60% of the shorter one as prefix.
 */
export function extendsTitle(candidate: string, title: string): boolean {
  const a = comparable(candidate);
  const b = comparable(title);
  if (!a || !b || a === b) return a === b && a !== '';
  let shared = 0;
  while (shared < a.length && shared < b.length && a[shared] === b[shared]) shared++;
  return shared >= 4 && shared >= 0.6 * Math.min(a.length, b.length);
}
