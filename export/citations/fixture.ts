import type { CiteSource } from '../../api/contract/export';

/** Synthetic sources for the citation tests: simplified and traditional, with and without an address, author and date. */
export const sources: CiteSource[] = [
  {
    id: '7d6f2c1a-3b4e-4f5a-9b8c-1d2e3f4a5b6c', title: '全省光电产业链专题会议召开', outlet: '河南日报', reporter: '李明、王芳',
    publishedAt: '2023-06-12T09:30:00', url: '', script: 'simplified', notes: '会议提出到2025年规模突破900亿元。\n另见省政府网站。',
  },
  {
    id: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', title: '新竹科學園區半導體產業鏈座談會舉行', outlet: '經濟日報', reporter: '',
    publishedAt: '2024-03-05', url: 'https://money.example.tw/news/2024/0305.html', script: 'traditional', notes: '',
  },
  {
    id: 'f0e1d2c3-b4a5-4697-8877-665544332211', title: '关于印发{集成电路}方案的通知 & 解读 50%', outlet: '江苏省人民政府', reporter: '',
    publishedAt: null, url: 'https://www.example.gov.cn/art/2023/a_1.html?x=1&y=2', script: 'simplified', notes: '',
  },
];
