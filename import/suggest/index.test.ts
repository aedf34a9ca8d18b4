import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as OpenCC from 'opencc-js';
import { SCRAPE } from '../fixtures/articles';
import { parsePastedText, suggest, type Lexicon, type ParsedArticle, type Span } from '../index';

const LEXICON: Lexicon = {
  regions: [
    { id: '41', name: '河南省', aliases: ['豫'], level: 'province', parentId: null },
    { id: '4101', name: '郑州市', aliases: [], level: 'city', parentId: '41' },
    { id: '4102', name: '开封市', aliases: [], level: 'city', parentId: '41' },
    { id: '4103', name: '洛阳市', aliases: [], level: 'city', parentId: '41' },
    { id: '4107', name: '新乡市', aliases: [], level: 'city', parentId: '41' },
    { id: '4110', name: '许昌市', aliases: [], level: 'city', parentId: '41' },
  ],
  chains: [
    { id: 'auto', name: '先进装备', aliases: [], level: 'cluster', parentId: null },
    { id: 'nev', name: '新能源汽车产业链', aliases: [], level: 'chain', parentId: 'auto' },
    { id: 'bat', name: '动力电池产业链', aliases: [], level: 'chain', parentId: 'auto' },
  ],
};

function article(text: string): ParsedArticle {
  const result = parsePastedText(text);
  assert.ok(result.ok);
  return result.article;
}

function assertSpansPointIntoBody(body: string, spans: Span[]) {
  for (const span of spans) if (span.start >= 0) assert.equal(body.slice(span.start, span.end), span.text);
}

test('suggestions for the synthetic chain-meeting article', () => {
  const parsed = article(SCRAPE);
  const s = suggest(parsed, LEXICON);
  assert.deepEqual(s.dates.map((d) => [d.text, d.iso]), [
    ['15日', '2024-03-15'], ['1月', '2024-01'], ['2024', '2024'], ['2026年', '2026'], ['2026年', '2026'],
    ['3月12日', '2024-03-12'], ['6月18日', '2024-06-18'], ['6月20日', '2024-06-20'], ['12月28日', '2023-12-28'],
  ]);
  assert.deepEqual(s.regions.map((r) => [r.name, r.count]), [['郑州市', 4], ['河南省', 3], ['开封市', 2], ['新乡市', 1], ['许昌市', 1], ['洛阳市', 1]]);
  assert.deepEqual(s.chains.map((c) => [c.id, c.count]), [['nev', 9], ['bat', 2]]);
  assert.deepEqual(s.meetingKinds.map((k) => k.kind), ['chain-meeting']);
  assert.deepEqual(s.plans.map((p) => [p.docKind, p.docNumber]), [['plan', '豫政办〔2024〕8号'], ['measure', null]]);
  assert.deepEqual(s.targets.map((t) => [t.value, t.unit, t.what, t.year]), [
    [150, '万辆', '新能源汽车产量', 2026], [80, '吉瓦时', '动力电池产能', 2026], [50, '家', '专精特新企业', 2026],
  ]);
  assert.deepEqual(s.people.map((p) => [p.name, p.post]), [
    ['张明远', '省委常委、副省长、省新能源汽车产业链链长'],
    ['李卫国', '省工信厅党组书记、厅长'],
  ]);
  assert.deepEqual(s.bodies.map((b) => b.name), ['省委', '省工信厅', '省发改委', '省科技厅', '省政府办公厅']);
  assert.deepEqual(s.firms.map((f) => f.name), ['中原汽车集团有限公司', '豫新动力电池股份有限公司', '郑州大学']);
  for (const list of Object.values(s)) assertSpansPointIntoBody(parsed.body, list);
});

test('the traditional article gets the same suggestions, with spans in its own text', () => {
  const simplified = suggest(article(SCRAPE), LEXICON);
  const traditionalArticle = article(OpenCC.Converter({ from: 'cn', to: 'tw' })(SCRAPE));
  const traditional = suggest(traditionalArticle, LEXICON);
  const strip = (spans: Span[]) => spans.map(({ start, end }) => [start, end]);
  for (const key of Object.keys(simplified) as (keyof typeof simplified)[]) assert.deepEqual(strip(traditional[key]), strip(simplified[key]), key);
  assert.equal(traditional.people[0]!.name, '張明遠');
  for (const list of Object.values(traditional)) assertSpansPointIntoBody(traditionalArticle.body, list);
});
