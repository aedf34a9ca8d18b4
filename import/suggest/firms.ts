import type { NamedSpan } from '../types';
import { spanOf, type SuggestContext } from './context';

const SUFFIX = /(?:集团股份有限公司|集团有限公司|股份有限公司|有限责任公司|有限公司|集团|公司|研究所|研究院|科学院|设计院|实验室|大学|学院|研究中心|光机所)/g;
// Words that end a name's left edge: verbs and prepositions in front of it.
const LEFT_EDGE = /^.*(?:加快推进|推进|加快|支持|推动|依托|联合|携手|包括|其中|以及|牵头|发起|组建|成立|引进|培育|建设|打造|参观|调研|考察|走进|来到|位于|落户|签约|释放|发挥|实施|落实|举办|参与|加入|服务|带动|吸引|招引|围绕|鼓励|引导|组织|聚焦|优势|与|和|及|由|在|对|向|等|了|的|是|将|把|赴|至|到)/;
const GENERIC = /^(?:各|该|本|我|这|那|其|高水平|一流|重点|知名|相关|有关|龙头|骨干|领军|链主|配套|中小|民营|国有|外资|上市|头部|省属|市属|国家级|省级|新型|研发|创新型|科技型|高新技术|科研|高等|两所|多所|一批|多家|全国|世界)/;
// "甲、乙、丙等重点企业": listed firms without a legal suffix. The list is read backwards from 等.
const LISTED_TAIL = /等(?:重点|龙头|链主|骨干|知名|相关|高新技术)?(?:企业|单位|高校|科研院所)/g;
const LIST_ITEM = /^[^\s，,。、；;：:！？]{2,16}$/;

/** The 、-separated items ending at `end`, within the clause. */
function listBefore(text: string, end: number): { start: number; end: number }[] {
  const clauseStart = Math.max(0, ...[...'，,。；;：:！？\n'].map((c) => text.lastIndexOf(c, end - 1) + 1), end - 120);
  const items = text.slice(clauseStart, end).split('、');
  if (items.length < 2) return [];
  const out: { start: number; end: number }[] = [];
  let at = clauseStart;
  for (const item of items) {
    if (LIST_ITEM.test(item)) {
      const cut = LEFT_EDGE.exec(item)?.[0].length ?? 0;
      if (item.length - cut >= 2) out.push({ start: at + cut, end: at + item.length });
    }
    at += item.length + 1;
  }
  return out;
}

function nameEndingAt(text: string, end: number, suffixLength: number): number | null {
  let start = end - suffixLength;
  while (start > 0 && end - start < 24 && /[\u4e00-\u9fa5A-Za-z0-9·]/.test(text[start - 1]!)) start--;
  const prefix = text.slice(start, end - suffixLength);
  let cut = LEFT_EDGE.exec(prefix)?.[0] ?? '';
  // 与/和/及 inside a name (材料与器件重点实验室) is no edge unless an institution's name ends before it (甲大学与乙研究院).
  while (/[与和及]$/.test(cut) && !new RegExp(`(?:${SUFFIX.source})$`).test(cut.slice(0, -1))) cut = LEFT_EDGE.exec(cut.slice(0, -1))?.[0] ?? '';
  start += cut.length;
  const stem = text.slice(start, end - suffixLength);
  if (stem.length < 2 || GENERIC.test(stem)) return null;
  return start;
}

/**
 * Firms, research institutes, laboratories and universities: names ending in a legal or
 * institutional suffix (有限公司, 集团, 研究所, 实验室, 大学 …) with their left edge cut at the verb or
 * preposition in front, plus names listed before "等重点企业". Universities go here rather than with
 * government bodies: they are actors a researcher tracks like firms.
 */
export function suggestFirms(context: SuggestContext): NamedSpan[] {
  const text = context.folded;
  const found: { start: number; end: number }[] = [];
  for (const m of text.matchAll(SUFFIX)) {
    const end = m.index! + m[0].length;
    const start = nameEndingAt(text, end, m[0].length);
    if (start !== null) found.push({ start, end });
  }
  for (const m of text.matchAll(LISTED_TAIL)) found.push(...listBefore(text, m.index!));
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: NamedSpan[] = [];
  const seen = new Set<string>();
  let lastEnd = -1;
  for (const { start, end } of found) {
    if (start < lastEnd) continue;
    lastEnd = end;
    const key = text.slice(start, end);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ ...spanOf(context, start, end), name: context.body.slice(start, end) });
  }
  // "中原汽车集团" beside "中原汽车集团有限公司" is the same firm.
  return out.filter((firm) => !out.some((other) => other !== firm && other.name.length > firm.name.length && other.name.startsWith(firm.name)));
}
