import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from './server';

// A small project built to stress the printed table: a very long date range,
// a record in many chains and regions, long quotes and notes with unbroken
// Latin text, a source with a very long address, and undated records.

export const LONG_URL =
  'https://www.zhengzhou.gov.cn/news/2024/06/12/a-very-long-path-segment-that-keeps-going-and-going-without-any-break-at-all-0123456789abcdef0123456789abcdef/index.html?utm_source=chainline&ref=verylongreferrerparameter';

const ARTICLE = `<html><head><title>郑州市新材料产业链推进会召开</title><link rel="canonical" href="${LONG_URL.replace(/&/g, '&amp;')}"></head>
<body><h1>郑州市新材料产业链推进会召开</h1><p>来源：郑州日报 2024-06-12</p>
<p>会议提出，到2025年全市新材料产业规模突破2000亿元，培育链主企业10家。</p>
<p>会议要求，各县（市、区）要加快重点项目建设，确保年内开工。</p></body></html>`;

const ARTICLE_2 = `<html><head><title>洛阳市出台先进装备制造业三年行动计划</title></head>
<body><h1>洛阳市出台先进装备制造业三年行动计划</h1><p>来源：洛阳日报 2023-10-08</p>
<p>计划提出，到2026年全市先进装备产业规模达到3000亿元，建成一批智能工厂和数字化车间。</p></body></html>`;

export const QUOTE_1 = '会议提出，到2025年全市新材料产业规模突破2000亿元，培育链主企业10家。';
export const QUOTE_2 = '会议要求，各县（市、区）要加快重点项目建设，确保年内开工。';
export const QUOTE_3 = '计划提出，到2026年全市先进装备产业规模达到3000亿元，建成一批智能工厂和数字化车间。';
export const RECORD_NOTE = '与2023年会议相比目标上调；原文另见 https://example.org/an-unbroken-latin-string-that-never-offers-a-break-opportunity-anywhere-at-all';
export const QUOTE_NOTE = '目标数字与省级规划一致';
export const UNDATED_NOTE = '文中未写日期，待核实';

export const CHAINS = ['超硬材料', '尼龙新材料', '先进铜基材料', '铝基新材料', '化工新材料', '新能源整车', '动力电池', '智能网联汽车', '新型显示和智能终端'];
export const REGIONS = ['郑州市', '洛阳市', '开封市', '平顶山市', '安阳市', '鹤壁市', '新乡市', '焦作市', '三门峡市', '驻马店市'];

export const TITLES = {
  long: '关于支持新材料与新能源汽车产业链协同发展、推动重点项目建设和链主企业培育的若干措施（Supercalifragilisticexpialidocious-test）',
  meeting: '郑州市新材料产业链推进会',
  plan: '洛阳市先进装备制造业三年行动计划（2023—2026年）',
  undatedMeasure: '新材料首批次应用保险补偿（日期不详）',
  undatedMeeting: '开封市链长制工作座谈会（日期不详）',
};

/** Builds the project in `db` (a new file); returns nothing, the titles and texts above are what tests look for. */
export async function buildEvidenceDb(dir: string, db: string): Promise<void> {
  const a = path.join(dir, 'a.html');
  const b = path.join(dir, 'b.html');
  writeFileSync(a, ARTICLE);
  writeFileSync(b, ARTICLE_2);
  const init = await runCli(['--db', db, 'init']);
  if (init.code) throw new Error(init.stderr);
  const imported = await runCli(['--db', db, '--json', 'import', a, b]);
  if (imported.code) throw new Error(imported.stderr);
  const [s1, s2] = (JSON.parse(imported.stdout) as { sourceId: string }[]).map((x) => x.sourceId);
  const records = [
    {
      kind: 'measure', title: TITLES.long, dateStart: '2023-10-01', dateEnd: '2026-12-31', chains: CHAINS, regions: REGIONS, status: 'in-force', notes: RECORD_NOTE,
      targets: [{ metric: '新材料与新能源汽车产业链规模（含配套）', value: 123456.78, unit: '亿元', deadline: '2026-12-31' }],
      citations: [{ sourceId: s1, quote: QUOTE_1, note: QUOTE_NOTE }, { sourceId: s2, quote: QUOTE_3 }],
    },
    { kind: 'meeting', title: TITLES.meeting, date: '2024-06-12', chains: ['尼龙新材料'], regions: ['郑州市'], citations: [{ sourceId: s1, quote: QUOTE_2 }] },
    { kind: 'plan', title: TITLES.plan, dateStart: '2023-10', dateEnd: '2026', chains: ['先进工程机械'], regions: ['洛阳市'], citations: [{ sourceId: s2, quote: '' }] },
    { kind: 'measure', title: TITLES.undatedMeasure, chains: ['尼龙新材料'], regions: ['河南省'], notes: UNDATED_NOTE, citations: [{ sourceId: s1, quote: QUOTE_1 }] },
    { kind: 'meeting', title: TITLES.undatedMeeting, regions: ['开封市'] },
  ];
  const file = path.join(dir, 'records.json');
  writeFileSync(file, JSON.stringify(records));
  const added = await runCli(['--db', db, 'add', file]);
  if (added.code) throw new Error(added.stderr);
}
