import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Articles written for the import specs, shaped like the scraped news in
// ../shared/corpus (header, outlet line, menu crumbs, body, related links, copyright).

/** A chain meeting with a date, people with posts (not yet actors), a plan with its 文号 and targets. */
export const MEETING_ARTICLE = `全省新材料产业链专题会议召开 王建华讲话 刘志强参加
来源：河南日报　　2024-09-24 10:30:00　　责任编辑：张敏
首页 > 新闻 > 河南要闻
9月23日，全省新材料产业链专题会议在郑州召开，研究推动新材料产业链高质量发展工作。省委常委、常务副省长、省新材料产业链链长王建华出席会议并讲话，省工业和信息化厅厅长刘志强参加。
会议指出，新材料是先进制造业的基础，要坚持链长制工作机制，强化链主企业带动作用，推动上下游协同发展。
会议要求，到2025年全省新材料产业规模突破9000亿元，培育专精特新“小巨人”企业180户，认真落实《河南省新材料产业链三年行动计划（2024—2026年）》（豫政〔2024〕12号）。
会上，洛阳钼业、中铝郑州研究院、郑州大学等单位作了发言。洛阳市、鹤壁市有关负责同志参加会议。
相关阅读：
河南出台新材料产业发展新政
版权所有 河南日报社 未经授权禁止转载
`;

export const MEETING_SENTENCE = '9月23日，全省新材料产业链专题会议在郑州召开，研究推动新材料产业链高质量发展工作。';

const CITIES = ['郑州市', '洛阳市', '开封市', '新乡市', '许昌市', '南阳市', '鹤壁市', '安阳市', '焦作市', '商丘市'];
const CHAINS = ['光电', '新能源汽车', '新材料', '现代医药', '先进装备', '现代食品'];

/** The n-th synthetic article: a distinct headline and body, so none is a duplicate of another. */
export function syntheticArticle(n: number): string {
  const city = CITIES[n % CITIES.length];
  const chain = CHAINS[n % CHAINS.length];
  const day = (n % 28) + 1;
  return [
    `${city}${chain}产业链第${n}次推进会召开`,
    `来源：${city}日报　　2024-03-${String(day).padStart(2, '0')} 09:00:00`,
    `3月${day}日，${city}召开${chain}产业链第${n}次推进会，部署${chain}产业链重点项目${n + 10}个。`,
    `会议要求，到2026年${city}${chain}产业规模突破${100 + n}亿元，新增规模以上企业${20 + (n % 50)}家。`,
    `编号${n}：会议还研究了${chain}产业链招商引资、人才引进和金融支持等事项。`,
  ].join('\n');
}

/** A fresh temp folder holding `count` synthetic articles in two subfolders (the import walks folders recursively). */
export function syntheticFolder(count: number): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'chainline-import-'));
  const dir = path.join(root, '新闻稿');
  for (const sub of ['一月', '二月']) mkdirSync(path.join(dir, sub), { recursive: true });
  for (let i = 0; i < count; i++) {
    writeFileSync(path.join(dir, i % 2 ? '一月' : '二月', `article-${String(i).padStart(4, '0')}.txt`), syntheticArticle(i));
  }
  // Hidden files and other types inside a folder are left out, as the CLI does.
  writeFileSync(path.join(dir, '.DS_Store'), 'junk');
  writeFileSync(path.join(dir, 'cover.jpg'), 'not an article');
  return dir;
}
