import type { TargetSuggestion } from '../types';
import { spanOf, type SuggestContext } from './context';

const UNITS = [
  '万亿元', '亿美元', '万美元', '亿元', '万元', '亿千瓦时', '万千瓦时', '千瓦时', '万千瓦', '千瓦', '吉瓦时', '吉瓦', '兆瓦', 'GWh', 'GW', 'MW',
  '万吨', '吨', '万平方米', '平方米', '平方公里', '公里', '万亩', '亩', '万辆', '辆', '万台', '台', '万套', '套', '万人次', '人次', '万人',
  '人', '名', '位', '户', '家', '个百分点', '个', '项', '条', '座', '所', '场', '倍', '%', '亿', '万',
].sort((a, b) => b.length - a.length);
const QUANTITY = new RegExp(`(?<![\\d.第])(\\d+(?:\\.\\d+)?)\\s*(?:余|多)?\\s*(${UNITS.map((u) => u.replace('%', '%')).join('|')})(?:以上|左右)?(?![年月日号届期批次代])`, 'g');
// Sentences that state aims rather than report facts.
const TARGET_SENTENCE = /力争|目标|到20\d{2}年|确保|争取|预计|计划|将|以上|突破|达到|不低于|不少于|超过/;
const TRAILING_VERBS = /(?:力争|争取|确保|预计|计划|要|将|达到|达|突破|超过|超|增长到|增长至|增长|增至|提高到|提高至|提升至|提升到|不低于|不少于|保持在|保持|新增|累计|实现|完成|约|近|逾|总计|共)+$/;
const LEADING_WORDS = /^(?:今年|明年|年内|年底前|到20\d{2}年底?|至20\d{2}年|20\d{2}年|全年|全省|全市|全县|全区|全国|力争|争取|确保|其中|包括|同时|并|要|将|还|共|累计|设立|培育|引进|建设|推动|打造|新增|带动|吸引|举办|邀请|有|[一二三四五六七八九十]是)+/;
// Figures about an event (its floor area, exhibitors, visitors, guests, sessions) describe the event, not an aim of policy.
const EVENT_FIGURE = /展示规模|展览面积|展出面积|展区|展位|参展|展商|观众|嘉宾|院士|与会|参会|出席|主体活动|活动|人次|论坛|场次|会期/;
const EVENT_SUBJECT = /本届|本次|此次|届时|大会|博览会|展会|光博会|交易会|峰会|论坛|发布会/;
const NOUN_AFTER = /^[\u4e00-\u9fa5A-Za-z“”"]{1,12}?(?=实现|转化|落地|参展|入驻|开工|投产|签约|落户|的|[,，。；;、]|$)/;

function clauseBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 40), at);
  return before.split(/[,，。；;：:！？\n、]/).at(-1)!;
}

/**
 * The subject when a verb links it to the number (规模力争突破900亿元), else the noun after the number
 * (670余家企业参展), else whatever stands before it (国际企业18家).
 */
function whatOf(text: string, start: number, end: number): string {
  const before = clauseBefore(text, start).replace(/[“”"]/g, '');
  const linked = TRAILING_VERBS.test(before);
  const subject = before.replace(TRAILING_VERBS, '').replace(LEADING_WORDS, '').replace(TRAILING_VERBS, '').trim();
  if (linked && subject.length >= 2) return subject;
  const after = NOUN_AFTER.exec(text.slice(end, end + 16))?.[0].replace(/[“”"]/g, '') ?? '';
  return after.length >= 2 ? after : subject;
}

/** A number inside quotation marks names something ("星光20条" is a policy), it is no target. */
function quoted(text: string, sentenceStart: number, at: number): boolean {
  const before = text.slice(sentenceStart, at);
  return (before.match(/“/g)?.length ?? 0) > (before.match(/”/g)?.length ?? 0);
}

function yearOf(context: SuggestContext, sentenceText: string, clause: string): number | null {
  const explicit = /到(20\d{2})年/.exec(clause) ?? /到(20\d{2})年/.exec(sentenceText) ?? /(20\d{2})年(?:底|末|前)?/.exec(clause);
  if (explicit) return Number(explicit[1]);
  const published = context.published ? Number(context.published.slice(0, 4)) : null;
  if (published && /今年|年内|年底前/.test(sentenceText)) return published;
  if (published && /明年/.test(sentenceText)) return published + 1;
  return null;
}

/**
 * Quantified aims: a number with a unit (亿元, 户, 家, 万辆, %, …) in a sentence that states an aim
 * (力争, 目标, 到2026年, 突破, 以上, 将 …). `what` is the subject before the verb, with time and
 * scope words removed ("今年全市光电信息产业规模力争突破900亿元" → 光电信息产业规模), or the noun after the
 * number when there is none ("推动200项以上科技成果转化" → 科技成果). `year` is the deadline.
 */
export function suggestTargets(context: SuggestContext): TargetSuggestion[] {
  const { folded } = context;
  const out: TargetSuggestion[] = [];
  for (const m of folded.matchAll(QUANTITY)) {
    const start = m.index!;
    const end = start + m[0].length;
    const sentence = context.sentences.at(start);
    const sentenceText = folded.slice(sentence.start, sentence.end);
    if (!TARGET_SENTENCE.test(sentenceText)) continue;
    if (quoted(folded, sentence.start, start)) continue;
    const what = whatOf(folded, start, end);
    if (what.length < 2) continue;
    const around = `${clauseBefore(folded, start)}${folded.slice(end, end + 10)}`;
    if (EVENT_FIGURE.test(`${what}${folded.slice(end, end + 10)}`) || (EVENT_SUBJECT.test(clauseBefore(folded, start)) && EVENT_FIGURE.test(around))) continue;
    const clause = folded.slice(sentence.start, end);
    out.push({
      ...spanOf(context, start, end),
      value: Number(m[1]),
      unit: m[2]!,
      what,
      year: yearOf(context, sentenceText, clause),
      sentence,
    });
  }
  return out;
}
