import type { LaneBy } from '../../api/contract/views';

// The report's own words, in the export's language (a PDF is made once and
// read elsewhere, so it does not follow later UI language switches).

const zh = {
  defaultTitle: '产业链政策时间线',
  brand: '链策 Chainline',
  generated: '生成日期',
  filters: '筛选条件',
  noFilters: '无（全部记录）',
  window: '时间范围',
  lanes: '泳道',
  laneBy: { chain: '按产业链', region: '按地区', kind: '按类型', actor: '按人物/机构' } as Record<LaneBy, string>,
  kinds: { meeting: '会议/活动', plan: '规划/计划', measure: '措施' } as Record<string, string>,
  statuses: { announced: '已发布', 'in-force': '实施中', expired: '已到期', superseded: '已被取代' } as Record<string, string>,
  filterNames: { kinds: '类型', chains: '产业链', regions: '地区', tags: '标签', actors: '人物/机构', statuses: '状态', instruments: '政策工具', from: '起', to: '止', text: '全文' } as Record<string, string>,
  counts: (records: number, sources: number) => `${records} 条记录，${sources} 个来源`,
  undated: (n: number) => `另有 ${n} 条记录没有日期，未画在时间线上`,
  truncated: (shown: number, total: number) => `表格列出前 ${shown} 条（共 ${total} 条）`,
  contents: '目录',
  timeline: '时间线',
  table: '记录一览',
  sources: '来源',
  page: (n: number, of: number) => `第 ${n} / ${of} 页`,
  cont: '（续）',
  col: { n: '#', date: '日期', kind: '类型', title: '标题', chains: '产业链', regions: '地区', status: '状态', targets: '主要目标', cites: '来源' },
  legend: { meeting: '会议/活动（点）', plan: '规划（条）', measure: '措施（条）', vague: '仅知月份/年份', cluster: '密集处合并（数字为条数）', more: '其余行合并' },
  byDeadline: (d: string) => `（${d}）`,
  noRecords: '没有符合条件的记录。',
  all: '全部',
  untilNow: '至今',
};

export type PrintStrings = typeof zh;

const en: PrintStrings = {
  defaultTitle: 'Industrial-chain policy timeline',
  brand: 'Chainline 链策',
  generated: 'Generated',
  filters: 'Filters',
  noFilters: 'none (all records)',
  window: 'Period',
  lanes: 'Lanes',
  laneBy: { chain: 'by chain', region: 'by region', kind: 'by kind', actor: 'by actor' },
  kinds: { meeting: 'Meeting', plan: 'Plan', measure: 'Measure' },
  statuses: { announced: 'announced', 'in-force': 'in force', expired: 'expired', superseded: 'superseded' },
  filterNames: { kinds: 'Kinds', chains: 'Chains', regions: 'Regions', tags: 'Tags', actors: 'Actors', statuses: 'Status', instruments: 'Instruments', from: 'From', to: 'To', text: 'Text' },
  counts: (records, sources) => `${records} records, ${sources} sources`,
  undated: (n) => `${n} more records have no date and are not drawn on the timeline`,
  truncated: (shown, total) => `The table lists the first ${shown} of ${total} records`,
  contents: 'Contents',
  timeline: 'Timeline',
  table: 'Records',
  sources: 'Sources',
  page: (n, of) => `Page ${n} of ${of}`,
  cont: ' (cont.)',
  col: { n: '#', date: 'Date', kind: 'Kind', title: 'Title', chains: 'Chains', regions: 'Regions', status: 'Status', targets: 'Key targets', cites: 'Sources' },
  legend: { meeting: 'meeting (point)', plan: 'plan (bar)', measure: 'measure (bar)', vague: 'known to the month/year only', cluster: 'dense: merged (count)', more: 'further rows merged' },
  byDeadline: (d) => ` (by ${d})`,
  noRecords: 'No records match.',
  all: 'all',
  untilNow: 'now',
};

export const printStrings = (lang: string): PrintStrings => (lang === 'en' ? en : zh);
