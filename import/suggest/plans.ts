import type { PlanSuggestion } from '../types';
import { spanOf, type SuggestContext } from './context';

const TITLE = /《([^《》\n]{2,80})》/g;
const DOC_SERIAL = /[〔[［(（]\s*(?:19|20)\d{2}\s*[〕\]］)）]\s*\d{1,4}\s*号/g;
const ISSUING_VERB = /^.*(?:印发|下发|转发|发布|出台|关于)/;
const PLAN = /(?:计划|规划|方案|纲要|路线图|实施意见|指导意见|意见|行动)$/;
const MEASURE = /(?:措施|政策|办法|细则|\d+条|若干规定|规定|条例实施细则)$|若干措施|若干政策/;
// Newspapers, journals and programmes are also written in 《》.
const MEDIA = /(?:日报|晚报|早报|时报|商报|周刊|杂志|学报|新闻联播|焦点访谈|求是|参考消息)$/;

/**
 * The first document number (豫政办〔2024〕8号) in text[from, to): the bracketed year and serial, and
 * the issuer's abbreviation before it, at most six characters and never the verb that precedes it.
 */
function docNumberIn(text: string, from: number, to: number): { start: number; end: number } | null {
  DOC_SERIAL.lastIndex = from;
  for (let m = DOC_SERIAL.exec(text); m && m.index < to; m = DOC_SERIAL.exec(text)) {
    let start = m.index;
    while (start > from && m.index - start < 6 && /[\u4e00-\u9fa5]/.test(text[start - 1]!)) start--;
    const issuer = text.slice(start, m.index).replace(ISSUING_VERB, '');
    if (issuer.length === 0) continue;
    return { start: m.index - issuer.length, end: m.index + m[0].length };
  }
  return null;
}

function docKind(title: string): PlanSuggestion['docKind'] {
  const bare = title.replace(/[(（][^()（）]*[)）]$/, '').trim();
  if (MEASURE.test(bare)) return 'measure';
  if (PLAN.test(bare)) return 'plan';
  return 'other';
}

/**
 * Documents named in 《》 with their kind (plan, measure, other) and the document number (文号)
 * written within 30 characters after the title, or failing that just before it.
 */
export function suggestPlans(context: SuggestContext): PlanSuggestion[] {
  const { folded, body } = context;
  const out: PlanSuggestion[] = [];
  for (const m of folded.matchAll(TITLE)) {
    const title = body.slice(m.index! + 1, m.index! + m[0].length - 1);
    if (MEDIA.test(m[1]!)) continue;
    const end = m.index! + m[0].length;
    const after = docNumberIn(folded, end, Math.min(folded.length, end + 30));
    const before = after ? null : docNumberIn(folded, Math.max(0, m.index! - 30), m.index!);
    let docNumber: string | null = null;
    if (after && !folded.slice(end, after.start).includes('《')) docNumber = body.slice(after.start, after.end);
    else if (before && !folded.slice(before.end, m.index!).includes('》')) docNumber = body.slice(before.start, before.end);
    out.push({ ...spanOf(context, m.index!, end), title, docNumber, docKind: docKind(m[1]!) });
  }
  return out;
}
