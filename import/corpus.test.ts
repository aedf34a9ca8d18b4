import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArticle, suggest, type Lexicon, type ParsedArticle } from './index';

// Real scraped articles kept outside the repository; the test skips when they are absent.
const CORPUS = path.resolve(import.meta.dirname, '../../shared/corpus');
const skip = existsSync(CORPUS) ? false : `no corpus at ${CORPUS}`;

const LEXICON: Lexicon = {
  regions: [
    { id: '41', name: '河南省', aliases: ['豫'], level: 'province', parentId: null },
    { id: '4101', name: '郑州市', aliases: [], level: 'city', parentId: '41' },
    { id: '4103', name: '洛阳市', aliases: [], level: 'city', parentId: '41' },
    { id: '4106', name: '鹤壁市', aliases: [], level: 'city', parentId: '41' },
    { id: '4107', name: '新乡市', aliases: [], level: 'city', parentId: '41' },
    { id: '4113', name: '南阳市', aliases: [], level: 'city', parentId: '41' },
    { id: '419001', name: '济源市', aliases: [], level: 'city', parentId: '41' },
    { id: '22', name: '吉林省', aliases: ['吉'], level: 'province', parentId: null },
    { id: '2201', name: '长春市', aliases: [], level: 'city', parentId: '22' },
    { id: 'US', name: '美国', aliases: [], level: 'country', parentId: null },
    { id: 'DE', name: '德国', aliases: [], level: 'country', parentId: null },
  ],
  chains: [
    { id: 'info', name: '电子信息', aliases: [], level: 'cluster', parentId: null },
    { id: 'oe', name: '光电产业链', aliases: ['光电信息产业', '光电产业'], level: 'chain', parentId: 'info' },
    { id: 'future', name: '未来产业', aliases: [], level: 'cluster', parentId: null },
    { id: 'future-materials', name: '未来材料', aliases: [], level: 'chain', parentId: 'future' },
    { id: 'new-materials', name: '新材料', aliases: [], level: 'cluster', parentId: null },
  ],
};

async function load(name: string): Promise<ParsedArticle> {
  const result = await parseArticle(new Uint8Array(readFileSync(path.join(CORPUS, name))), name);
  assert.ok(result.ok, result.ok ? '' : result.error.message);
  return result.article;
}

const names = (list: { name: string }[]) => list.map((item) => item.name);

test('Henan optoelectronics chain meeting, 2023', { skip }, async () => {
  const article = await load('henan-optoelectronics-chain-meeting-2023.txt');
  assert.match(article.title, /^全省光电产业链专题会议召开/);
  assert.equal(article.outlet, '洛阳网');
  assert.equal(article.publishedAt, '2023-06-12T22:21:12');
  assert.equal(article.reporter, '白云飞');
  assert.match(article.paragraphs[0]!, /^12日,河南省光电产业链专题会议在郑州召开/);
  assert.equal(article.paragraphs.filter((p) => p.startsWith('12日,')).length, 1, 'the repeated lead is gone');
  assert.ok(!article.body.includes('标签') && !article.body.includes('资料图') && !article.body.includes('关闭'));

  const s = suggest(article, LEXICON);
  assert.deepEqual(s.dates.map((d) => d.iso), ['2023-06-12']);
  for (const region of ['河南省', '郑州市', '洛阳市', '鹤壁市', '南阳市']) assert.ok(names(s.regions).includes(region), region);
  assert.equal(s.chains[0]!.id, 'oe');
  assert.equal(s.meetingKinds[0]!.kind, 'chain-meeting');
  assert.deepEqual(s.people.find((p) => p.name === '江凌')?.post, '省委常委、洛阳市委书记、省光电产业链链长');
  assert.deepEqual(s.people.find((p) => p.name === '余广庆')?.post, '省民政厅党组书记、厅长');
  for (const body of ['省民政厅', '省工信厅', '省发改委']) assert.ok(names(s.bodies).includes(body), body);
  for (const firm of ['中国电科第二十七研究所', '中航光电', '仕佳光子']) assert.ok(names(s.firms).includes(firm), firm);
});

test('Henan future-industries work conference, 2024', { skip }, async () => {
  const article = await load('henan-future-industries-meeting-2024.txt');
  assert.equal(article.title, '抢抓未来产业新赛道 把握未来发展主动权');
  assert.equal(article.outlet, '河南日报客户端');
  // The page dates only its previous and next articles (上一篇/下一篇 2024年9月24日): not this one.
  assert.equal(article.publishedAt, null);
  assert.ok(!/上一篇|下一篇/.test(article.body));
  assert.match(article.paragraphs[0]!, /^9月23日,全省未来产业发展工作会议在郑州召开/);
  assert.match(article.paragraphs.at(-1)!, /^省领导江凌、陈星/);
  assert.ok(!article.body.includes('相关推荐') && !article.body.includes('扫一扫') && !article.body.includes('联系我们'));

  const s = suggest(article, LEXICON);
  // 9月23日 with no year anywhere: offered with the year left open, not guessed.
  assert.deepEqual(s.dates.map((d) => [d.iso, d.yearFrom]), [['--09-23', 'open']]);
  for (const region of ['河南省', '郑州市', '新乡市']) assert.ok(names(s.regions).includes(region), region);
  assert.equal(s.chains[0]!.id, 'future');
  assert.deepEqual(s.meetingKinds.map((k) => k.kind), ['work-conference']);
  assert.deepEqual(s.people.slice(0, 3).map((p) => [p.name, p.post]), [['楼阳生', '省委书记'], ['王凯', '省长'], ['孔昌生', '省政协主席']]);
  for (const firm of ['墨子实验室', '郑州宇通集团', '河南航天宏图信息技术公司']) assert.ok(names(s.firms).includes(firm), firm);
});

test('Changchun optoelectronics expo announcement, 2024', { skip }, async () => {
  const article = await load('changchun-optoelectronics-expo-2024.txt');
  assert.equal(article.title, '瞄准“千亿级”未来产业新赛道 2024长春国际光电博览会即将召开');
  assert.equal(article.outlet, '中央广电总台国际在线');
  assert.equal(article.publishedAt, '2024-06-07T16:47:56');
  assert.equal(article.reporter, '王青享');
  assert.ok(!article.body.includes('_fororder_') && !article.body.includes('供图') && !article.body.includes('版权'));
  assert.match(article.paragraphs.at(-1)!, /\(文 王青享\)$/);

  const s = suggest(article, LEXICON);
  const isos = s.dates.map((d) => d.iso);
  for (const iso of ['2024-06-07', '2024-06-18', '2024-06-20']) assert.ok(isos.includes(iso), iso);
  assert.equal(s.regions[0]!.name, '长春市');
  assert.ok(names(s.regions).includes('吉林省'));
  assert.equal(s.chains[0]!.id, 'oe');
  assert.deepEqual(s.meetingKinds.map((k) => k.kind), ['press-conference', 'expo-forum']);
  assert.deepEqual(s.plans.map((p) => p.docKind), ['plan', 'measure', 'other', 'other']);
  const scale = s.targets.find((t) => t.unit === '亿元');
  assert.deepEqual(scale && [scale.value, scale.what, scale.year], [900, '光电信息产业规模', 2024]);
  const smes = s.targets.find((t) => t.value === 180);
  assert.ok(smes && smes.unit === '户' && smes.what.includes('专精特新'));
  assert.deepEqual(s.people.map((p) => [p.name, p.post]), [['方述华', '长春市工业和信息化局党组书记']]);
  for (const firm of ['吉林大学', '长春理工大学']) assert.ok(names(s.firms).includes(firm), firm);
});
