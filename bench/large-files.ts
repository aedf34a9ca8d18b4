import { deflatedDocx, docxFromParagraphs, documentXml } from '../import/fixtures/docx';
import { LIMITS } from '../import/limits';

// The largest files the importer accepts, of each kind, made up from a small
// vocabulary so every run measures the same bytes: what the memory figure
// imports to show an import's peak stays bounded at the limits.

const HAN = '国务院常务会议研究部署推进新型工业化巩固集成电路产业链新能源汽车锂电池光伏储能生物医药人工智能机器人高端装备数控机床航空航天稀土材料半导体设备政策措施行动计划目标任务要求发展改革委员会工业和信息化部省市区县';

/** Paragraphs of varied Chinese sentences (each 60 characters and a number), `chars` characters in all. */
function paragraphs(chars: number, seed = 1): string[] {
  const out: string[] = [];
  let n = 0;
  let x = seed;
  while (n < chars) {
    let p = '';
    for (let i = 0; i < 60; i++) {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      p += HAN[x % HAN.length];
    }
    p += `。${2020 + (n % 7)}年产值达到${n % 997}亿元。`;
    out.push(p);
    n += p.length + 2;
  }
  return out;
}

export interface LargeFile {
  name: string;
  /** What it is, for the table: the kind, its size and its characters. */
  label: string;
  bytes: Uint8Array;
  /** Whether the importer should store it (false: it is refused with a clear reason, and the peak must stay bounded all the same). */
  accepted: boolean;
}

const mb = (n: number) => `${(n / 2 ** 20).toFixed(1)} MB`;
const chars = (n: number) => `${(n / 1e6).toFixed(2)}M chars`;

/** A plain-text article just under the character limit (and so under the byte limit, in UTF-8). */
function text(): LargeFile {
  const body = paragraphs(LIMITS.articleChars - 50_000).join('\n');
  const bytes = Buffer.from(`关于推进产业链高质量发展的通知\n\n${body}\n`);
  return { name: 'longest.txt', label: `text at the limits: ${mb(bytes.length)}, ${chars(body.length)}`, bytes, accepted: bytes.length <= LIMITS.textBytes };
}

/** A web page just under the byte limit: the DOM is what costs memory here. */
function html(): LargeFile {
  const ps = paragraphs(LIMITS.articleChars);
  let page = '<!doctype html><html><head><meta charset="utf-8"><title>关于推进产业链高质量发展的通知</title></head><body><article><h1>关于推进产业链高质量发展的通知</h1>';
  let size = Buffer.byteLength(page);
  let text = 0;
  for (const p of ps) {
    const el = `<p>${p}</p>\n`;
    const len = Buffer.byteLength(el);
    if (size + len > LIMITS.textBytes - 64 * 1024 || text + p.length > LIMITS.articleChars - 50_000) break;
    page += el;
    size += len;
    text += p.length + 2;
  }
  const bytes = Buffer.from(`${page}</article></body></html>`);
  return { name: 'largest.html', label: `web page at the limits: ${mb(bytes.length)}, ${chars(text)}`, bytes, accepted: true };
}

/** A Word file of plain paragraphs just under the character limit (a long report). */
function docx(): LargeFile {
  const ps = paragraphs(LIMITS.articleChars - 50_000);
  const bytes = docxFromParagraphs(ps);
  return { name: 'longest.docx', label: `Word at the character limit: ${mb(bytes.length)}, ${chars(ps.reduce((n, p) => n + p.length + 2, 0))}`, bytes, accepted: true };
}

/** Text under the byte limit but over the character limit: refused after parsing, before storing. */
function tooLong(): LargeFile {
  // Digits and spaces are one byte a character: ~9.5 million characters in 9.5 MB.
  const line = (i: number) => `${i} ${i * 7} ${i * 13} ${i * 17} ${i * 19}\n`;
  const lines: string[] = ['长文'];
  let size = 0;
  for (let i = 0; size < LIMITS.textBytes - 512 * 1024; i++) {
    const l = line(i);
    lines.push(l);
    size += l.length;
  }
  const bytes = Buffer.from(lines.join('\n'));
  return { name: 'too-long.txt', label: `text over the character limit: ${mb(bytes.length)}, refused`, bytes, accepted: false };
}

/** A Word file whose 7.5 MB of XML is a million short formatted runs: mammoth builds an object per run and runs out of the parser's heap. */
function denseDocx(): LargeFile {
  const runs: string[] = [];
  let size = 0;
  let p: string[] = [];
  for (const para of paragraphs(LIMITS.articleChars)) {
    for (let i = 0; i + 6 <= para.length; i += 6) {
      const r = `<w:r><w:rPr><w:b/></w:rPr><w:t>${para.slice(i, i + 6)}</w:t></w:r>`;
      p.push(r);
      size += r.length + 8;
    }
    runs.push(`<w:p>${p.join('')}</w:p>`);
    p = [];
    if (size > 7.5 * 2 ** 20) break;
  }
  const bytes = deflatedDocx(documentXml(runs.join('')));
  return { name: 'dense.docx', label: `Word of ~1M formatted runs (7.5 MB XML): out of parser memory, refused`, bytes, accepted: false };
}

export const largeFiles = (): LargeFile[] => [text(), html(), docx(), tooLong(), denseDocx()];
