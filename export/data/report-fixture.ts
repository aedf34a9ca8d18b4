import type { ReportData } from '../../api/contract/export';

/** A small report for the data format tests: a plan with a target and a source, and a meeting whose title looks like a formula. */
export const report: ReportData = {
  total: 2,
  undated: 1,
  rows: [
    {
      id: 'r1', kind: 'plan', subkind: null, title: '关于推动集成电路产业链"强链"的实施方案', dateStart: '2023-06', dateEnd: null, status: 'in-force',
      chains: ['集成电路', '半导体设备'], regions: ['江苏省'], targets: [{ metric: '产值', value: 5000, unit: '亿元', deadline: '2025' }], sourceIds: ['s1'],
      quotes: [{ sourceId: 's1', quote: '到2025年，全省集成电路产业规模突破5000亿元。', note: '' }], notes: '',
      table: { tags: ['强链'], summary: '', place: '', hostBody: '江苏省人民政府', docNumber: '苏政发〔2023〕1号', issuedOn: '2023-06' },
    },
    { id: 'r2', kind: 'meeting', subkind: 'chain-meeting', title: '=HYPERLINK("http://evil")', dateStart: null, dateEnd: null, status: null, chains: [], regions: [], targets: [], sourceIds: [], quotes: [], notes: '',
      table: { tags: [], summary: '', place: '南京', hostBody: '', docNumber: '', issuedOn: null } },
  ],
  sources: [{ id: 's1', outlet: '江苏省人民政府', title: '省政府印发方案', publishedAt: '2023-06-12', url: 'https://www.jiangsu.gov.cn/a.html', reporter: '', script: 'simplified' }],
};
