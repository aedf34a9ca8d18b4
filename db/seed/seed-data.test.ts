import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { RegionSeed } from '../../scripts/gen-regions';
import { chainRoots, type ChainSeed } from './chains';

const CHAIN_ROOTS = chainRoots();
import { INSTRUMENT_CATEGORIES, INSTRUMENT_TYPES } from './instruments';

const regionsFile = fileURLToPath(new URL('./regions.json', import.meta.url));
const generator = fileURLToPath(new URL('../../scripts/gen-regions.ts', import.meta.url));
const regions: RegionSeed[] = JSON.parse(readFileSync(regionsFile, 'utf8'));
const byCode = new Map(regions.map((r) => [r.code, r]));

describe('regions.json', () => {
  it('has exactly one national node, CN', () => {
    const national = regions.filter((r) => r.level === 'national');
    assert.equal(national.length, 1);
    assert.equal(national[0].code, 'CN');
    assert.equal(national[0].parentCode, null);
    assert.ok(national[0].aliases.includes('中国'));
  });

  it('has 34 provinces (31 + Hong Kong, Macao, Taiwan), all under CN', () => {
    const provinces = regions.filter((r) => r.level === 'province');
    assert.equal(provinces.length, 34);
    for (const p of provinces) assert.equal(p.parentCode, 'CN', p.name);
    for (const short of ['香港', '澳门', '台湾', '内蒙古', '广西', '新疆', '西藏', '宁夏']) {
      assert.ok(provinces.some((p) => p.short === short), short);
    }
  });

  it('describes Henan and Luoyang', () => {
    const henan = byCode.get('410000');
    assert.equal(henan?.name, '河南省');
    assert.equal(henan.short, '河南');
    assert.ok(henan.aliases.includes('豫'));
    const luoyang = byCode.get('410300');
    assert.equal(luoyang?.name, '洛阳市');
    assert.equal(luoyang.short, '洛阳');
    assert.equal(luoyang.parentCode, '410000');
    assert.equal(luoyang.level, 'prefecture');
  });

  it('shortens autonomous prefectures by dropping the ethnic names', () => {
    assert.equal(byCode.get('222400')?.short, '延边');
    assert.equal(byCode.get('422800')?.short, '恩施');
    assert.equal(byCode.get('522600')?.short, '黔东南');
    assert.equal(byCode.get('632800')?.short, '海西');
    assert.equal(byCode.get('652700')?.short, '博尔塔拉');
  });

  it('gives traditional-script aliases', () => {
    assert.ok(byCode.get('440000')?.aliases.includes('廣東省'));
    assert.ok(byCode.get('710000')?.aliases.includes('臺灣'));
    assert.ok(byCode.get('710000')?.aliases.includes('台灣'));
  });

  it('has unique codes and resolvable parents, parents listed first', () => {
    assert.equal(byCode.size, regions.length);
    const seen = new Set<string>();
    for (const r of regions) {
      if (r.parentCode !== null) {
        assert.ok(byCode.has(r.parentCode), `${r.code} → ${r.parentCode}`);
        assert.ok(seen.has(r.parentCode), `${r.code} listed before its parent`);
      }
      seen.add(r.code);
    }
  });

  it('nests levels: provinces under CN, prefectures under provinces, countries at the root', () => {
    for (const r of regions) {
      const parentLevel = r.parentCode === null ? null : byCode.get(r.parentCode)?.level;
      const expected = { national: null, province: 'national', prefecture: 'province', country: null }[r.level];
      assert.equal(parentLevel, expected, r.code);
    }
  });

  it('leaves out pseudo-cities and gives every prefecture a real short name', () => {
    const prefectures = regions.filter((r) => r.level === 'prefecture');
    assert.ok(prefectures.length > 330, `${prefectures.length} prefectures`);
    for (const p of prefectures) {
      assert.doesNotMatch(p.name, /^(市辖区|县)$|直辖县级行政区划/);
      assert.ok(p.short.length >= 2, p.name);
      assert.match(p.code, /^\d{6}$/);
    }
  });

  it('lists countries by ISO code, without China, Taiwan, Hong Kong or Macao', () => {
    const countries = regions.filter((r) => r.level === 'country');
    assert.ok(countries.length > 200);
    for (const code of ['CN', 'TW', 'HK', 'MO']) assert.ok(!countries.some((c) => c.code === code), code);
    const us = byCode.get('US');
    assert.equal(us?.name, '美国');
    assert.ok(us.en);
    assert.ok(us.aliases.includes(us.en));
  });

  it('is reproduced byte for byte by the generator', () => {
    const dir = mkdtempSync(join(tmpdir(), 'regions-'));
    try {
      const out = join(dir, 'regions.json');
      execFileSync(process.execPath, ['--import', 'tsx', generator, out], { stdio: 'pipe' });
      assert.equal(readFileSync(out, 'utf8'), readFileSync(regionsFile, 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

function flatten(nodes: ChainSeed[], parent: ChainSeed | null = null): { node: ChainSeed; parent: ChainSeed | null }[] {
  return nodes.flatMap((node) => [{ node, parent }, ...flatten(node.children ?? [], node)]);
}

describe('chains', () => {
  const all = flatten(CHAIN_ROOTS);
  const find = (key: string) => all.find(({ node }) => node.key === key)?.node;

  it('has unique ASCII keys', () => {
    const keys = all.map(({ node }) => node.key);
    assert.equal(new Set(keys).size, keys.length);
    for (const key of keys) assert.match(key, /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/);
  });

  it('nests cluster > chain > segment', () => {
    for (const { node, parent } of all) {
      const expectedParent = { cluster: null, chain: 'cluster', segment: 'chain' }[node.level];
      assert.equal(parent?.level ?? null, expectedParent, node.key);
    }
  });

  it('keeps root names and sibling names unique', () => {
    for (const siblings of [CHAIN_ROOTS, ...all.map(({ node }) => node.children ?? [])]) {
      const names = siblings.map((n) => n.name);
      assert.equal(new Set(names).size, names.length, names.join(' '));
    }
  });

  it('gives every chain its 产业链 form', () => {
    for (const { node } of all.filter(({ node }) => node.level === 'chain')) {
      if (node.name.endsWith('产业链')) continue;
      const expected = node.name.endsWith('产业') ? `${node.name}链` : `${node.name}产业链`;
      assert.ok(node.synonyms?.includes(expected), `${node.name} lacks ${expected}`);
    }
  });

  it('adds traditional-script synonyms', () => {
    const optoelectronics = find('henan.electronic-info.optoelectronics');
    assert.equal(optoelectronics?.name, '光电');
    assert.ok(optoelectronics.synonyms?.includes('光电产业链'));
    assert.ok(optoelectronics.synonyms?.includes('光電產業鏈'));
    assert.ok(find('henan.equipment.power')?.synonyms?.includes('新型電力裝備'));
  });

  it('covers Henan 7+28+N, the future tracks and the strategic emerging industries', () => {
    const henan = CHAIN_ROOTS.filter((n) => n.key.startsWith('henan.'));
    assert.equal(henan.length, 7);
    assert.equal(CHAIN_ROOTS.filter((n) => n.key.startsWith('future.')).length, 6);
    assert.equal(CHAIN_ROOTS.filter((n) => n.key.startsWith('sei.')).length, 9);
    assert.ok(henan.every((c) => (c.children ?? []).length >= 2));
    assert.ok(all.some(({ node }) => node.level === 'segment'));
  });

  it('never lists a name among its own synonyms, nor a synonym twice', () => {
    for (const { node } of all) {
      const synonyms = node.synonyms ?? [];
      assert.ok(!synonyms.includes(node.name), node.key);
      assert.equal(new Set(synonyms).size, synonyms.length, node.key);
    }
  });
});

describe('instrument types', () => {
  it('has unique codes, STIP or local CN-', () => {
    const codes = INSTRUMENT_TYPES.map((t) => t.code);
    assert.equal(new Set(codes).size, codes.length);
    for (const code of codes) assert.match(code, /^(PI\d{3}|CN-[A-Z-]+)$/);
  });

  it('uses every category, and only declared ones', () => {
    const declared = new Set(INSTRUMENT_CATEGORIES.map((c) => c.id));
    assert.equal(declared.size, INSTRUMENT_CATEGORIES.length);
    const used = new Set(INSTRUMENT_TYPES.map((t) => t.category));
    assert.deepEqual([...used].sort(), [...declared].sort());
  });

  it('names every type in Chinese and English, with keywords', () => {
    for (const t of INSTRUMENT_TYPES) {
      assert.ok(t.zh.trim() && t.en.trim(), t.code);
      assert.ok(t.keywords.length > 0, t.code);
    }
  });

  it('files guidance funds under equity financing', () => {
    assert.equal(INSTRUMENT_TYPES.find((t) => t.keywords.includes('引导基金'))?.code, 'PI013');
  });
});
