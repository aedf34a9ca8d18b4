import type { NamedSpan } from '../types';
import { spanOf, type SuggestContext } from './context';
import type { NameHit } from './lexicon-index';

const NATIONAL = [
  '中共中央', '国务院办公厅', '国务院国资委', '国务院', '全国人大常委会', '全国政协', '工业和信息化部', '国家发展和改革委员会', '国家发展改革委', '国家发改委',
  '科学技术部', '科技部', '财政部', '商务部', '教育部', '人力资源和社会保障部', '生态环境部', '交通运输部', '农业农村部', '自然资源部',
  '住房和城乡建设部', '国家市场监督管理总局', '市场监管总局', '国家统计局', '国家能源局', '国家知识产权局', '中国人民银行', '国家税务总局',
  '海关总署', '中国证监会', '国家数据局', '国家外汇管理局', '民政部', '文化和旅游部', '国家卫生健康委',
];
const LOCAL = [
  '人民政府办公厅', '人民政府', '政府办公厅', '政府', '人大常委会', '政协', '委办公厅', '委宣传部', '委组织部', '委统战部', '委政法委', '委',
  '工业和信息化厅', '工业和信息化局', '工信厅', '工信局', '发展和改革委员会', '发展改革委', '发改委', '科学技术厅', '科技厅', '科技局', '财政厅',
  '财政局', '民政厅', '民政局', '商务厅', '商务局', '教育厅', '教育局', '人力资源和社会保障厅', '人力资源和社会保障局', '人社厅', '人社局',
  '自然资源厅', '自然资源和规划局', '生态环境厅', '生态环境局', '住房和城乡建设厅', '住建厅', '交通运输厅', '农业农村厅', '文化和旅游厅', '文旅厅',
  '卫生健康委', '卫健委', '市场监督管理局', '市场监管局', '统计局', '国资委', '地方金融监督管理局', '金融局', '大数据管理局', '大数据局',
  '投资促进局', '税务局', '外办', '应急管理厅', '审计厅', '公安厅', '司法厅', '水利厅', '能源局', '知识产权局', '数据局', '医保局', '宣传部',
];
const byLength = (a: string, b: string) => b.length - a.length;
const NATIONAL_RE = new RegExp(NATIONAL.sort(byLength).join('|'), 'g');
const LOCAL_RE = new RegExp(`(省|自治区|自治州|市|州|县|区)?(?:${LOCAL.sort(byLength).join('|')})`, 'g');

/** The region hit ending right before `at` (洛阳|市委) or holding the level character (洛阳市|委). Hits are sorted. */
function nearestRegion(hits: readonly NameHit[], at: number, levelLength: number): NameHit | null {
  let low = 0;
  let high = hits.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const hit = hits[mid]!;
    if (hit.end < at) low = mid + 1;
    else if (hit.end > at + levelLength) high = mid - 1;
    else return hit.start < at ? hit : null;
  }
  return null;
}

/**
 * Government and party bodies: national ones by name (工业和信息化部), local ones as a level or a
 * region followed by a body name (省工信厅, 洛阳市人民政府, 长春市工业和信息化局, 中共河南省委).
 * A body under 市/县/区 without its place (市政府) is too vague to suggest; one under 省 is the
 * article's province.
 */
export function suggestBodies(context: SuggestContext, regionHits: readonly NameHit[], bodyShift = 0): NamedSpan[] {
  const text = context.folded;
  const found: { start: number; end: number }[] = [];
  for (const m of text.matchAll(NATIONAL_RE)) found.push({ start: m.index!, end: m.index! + m[0].length });
  for (const m of text.matchAll(LOCAL_RE)) {
    const start = m.index!;
    const level = m[1] ?? '';
    // A region named right before: as a full name holding the level (洛阳市|委) or a short name before it (洛阳|市委).
    const region = nearestRegion(regionHits, start + bodyShift, level.length);
    if (region) found.push({ start: region.start - bodyShift, end: start + m[0].length });
    else if (level === '省' || level === '自治区') found.push({ start, end: start + m[0].length });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: NamedSpan[] = [];
  const seen = new Set<string>();
  let lastEnd = -1;
  for (const { start: rawStart, end } of found) {
    if (rawStart < lastEnd) continue;
    const start = text.slice(Math.max(0, rawStart - 2), rawStart) === '中共' ? rawStart - 2 : rawStart;
    lastEnd = end;
    const name = context.body.slice(start, end);
    if (seen.has(text.slice(start, end))) continue;
    seen.add(text.slice(start, end));
    out.push({ ...spanOf(context, start, end), name });
  }
  return out;
}
