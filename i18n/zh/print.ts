// The PDF report's words. A report is rendered in the export's language, not
// the UI's: a PDF is made once and read elsewhere.
export const print = {
  defaultTitle: '产业链政策时间线',
  /** The default file name of an exported PDF without a title (the date is appended). */
  fileName: '链策时间线',
  brand: '链策 Chainline',
  generated: '生成日期',
  filters: '筛选条件',
  noFilters: '无（全部记录）',
  window: '时间范围',
  lanes: '泳道',
  laneBy: { chain: '按产业链', region: '按地区', kind: '按类型', actor: '按人物/机构' },
  counts: '共 {{records}} 条记录，{{sources}} 个来源',
  countsUndated: '共 {{records}} 条记录（其中 {{undated}} 条日期不详），{{sources}} 个来源',
  undated: '{{count}} 条记录日期不详，未画在时间线上，另列于“日期不详的记录”',
  truncated: '记录超出上限：表格只列出前 {{shown}} 条，其余 {{rest}} 条未列出（共 {{total}} 条）',
  notesLeftOut: '本报告不含研究者备注',
  undatedSection: '日期不详的记录',
  undatedIntro: '以下记录没有日期，无法放上时间线；它们符合除时间范围以外的全部筛选条件。',
  contents: '目录',
  timeline: '时间线',
  table: '记录一览',
  sources: '来源',
  page: '第 {{n}} / {{of}} 页',
  cont: '（续）',
  col: { n: '#', date: '日期', kind: '类型', title: '标题', chains: '产业链', regions: '地区', status: '状态', targets: '主要目标', evidence: '引文（来源）与备注' },
  /** Before a note in the table: the record's or the citation's. */
  note: '备注：',
  moreQuotes: '另有 {{count}} 条引文，见来源',
  citedWithoutQuote: '来源',
  noDate: '日期不详',
  /** The Export PDF dialog's option. */
  includeNotes: '包括研究者备注',
  byDeadline: '（{{date}}）',
  noRecords: '没有符合条件的记录。',
  all: '全部',
  untilNow: '至今',
};
