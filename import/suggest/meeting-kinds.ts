import type { MeetingKind, MeetingKindSuggestion } from '../types';
import { spanOf, titleSpan, type SuggestContext } from './context';

const RULES: [Exclude<MeetingKind, 'chain-meeting' | 'other'>, RegExp][] = [
  ['alliance-founding', /联盟(?:成立|揭牌)|成立大会|揭牌成立|(?:成立|组建)[^。，,；]{0,12}?联盟/g],
  ['signing', /签约(?:仪式)?|签署/g],
  ['press-conference', /新闻发布会|新闻通气会|发布会/g],
  ['expo-forum', /博览会|交易会|展览会|展会|论坛|峰会|洽谈会|推介会|光博会|进博会|投洽会/g],
  ['work-conference', /工作会议|工作会/g],
  ['inspection', /调研|考察|视察|检查指导/g],
];
// A special meeting or promotion meeting is a chain meeting when a chain is named in the same clause.
const CHAIN_MEETING = /专题会议|专题会|推进会|链长制?会议|座谈会|对接会/g;
const ON_A_CHAIN = /产业链|链长|链主|产业集群|链[^。，,；]{0,2}$/;
const OTHER = /座谈会|研讨会|现场会|观摩会|会议|大会/g;

interface Hit { kind: MeetingKind; start: number; end: number }

function find(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const [kind, pattern] of RULES) for (const m of text.matchAll(pattern)) hits.push({ kind, start: m.index!, end: m.index! + m[0].length });
  for (const m of text.matchAll(CHAIN_MEETING)) {
    const clause = text.slice(0, m.index!).split(/[。，,；;！？\n]/).at(-1)!;
    if (ON_A_CHAIN.test(clause) || ON_A_CHAIN.test(m[0])) hits.push({ kind: 'chain-meeting', start: m.index!, end: m.index! + m[0].length });
  }
  if (hits.length === 0) for (const m of text.matchAll(OTHER)) hits.push({ kind: 'other', start: m.index!, end: m.index! + m[0].length });
  return hits.sort((a, b) => a.start - b.start);
}

/**
 * The kinds of event the article reports, from keywords in its title and lead paragraph; one entry
 * per kind, at its first mention in the lead (or in the title only: start = -1). 'other' only when
 * nothing more specific is found.
 */
export function suggestMeetingKinds(context: SuggestContext): MeetingKindSuggestion[] {
  const leadEnd = context.folded.indexOf('\n');
  const lead = leadEnd < 0 ? context.folded : context.folded.slice(0, leadEnd);
  const out = new Map<MeetingKind, MeetingKindSuggestion>();
  let leadHits = find(lead);
  const titleHits = find(context.foldedTitle);
  if (leadHits.some((hit) => hit.kind !== 'other') || titleHits.some((hit) => hit.kind !== 'other')) leadHits = leadHits.filter((hit) => hit.kind !== 'other');
  for (const hit of leadHits) if (!out.has(hit.kind)) out.set(hit.kind, { ...spanOf(context, hit.start, hit.end), kind: hit.kind });
  for (const hit of titleHits) {
    if (hit.kind === 'other' && out.size > 0) continue;
    if (!out.has(hit.kind)) out.set(hit.kind, { ...titleSpan(context, hit.start, hit.end), kind: hit.kind });
  }
  return [...out.values()];
}
