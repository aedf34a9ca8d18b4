import { createHash } from 'node:crypto';
import { TABLE_FIELDS, type TableField, type TableMapping } from '../../api/contract/exchange';
import type { Db } from '../connection';
import { fold } from '../text/fold';

// Which record field each column of a table fills. Proposed from the header's
// name (Chinese or English, and the names the table export writes, so an
// exported table comes back with no mapping step); a mapping the researcher
// chose is remembered per set of headers in the meta table and used the next
// time the same headers arrive.

/** Header names (folded: lower case, simplified, no spaces or punctuation) per field; null leaves the column out. */
const NAMES: [TableField | null, string[]][] = [
  ['id', ['id', 'uuid', '编号', '记录编号', 'recordid']],
  ['title', ['title', '标题', '名称', '题目', '记录标题', '文件名称', '会议名称', '政策名称', 'name']],
  ['kind', ['kind', 'type', '类型', '类别', '种类', '记录类型']],
  ['subkind', ['subkind', 'meetingkind', '会议类型', '子类型', '活动类型']],
  ['date', ['date', '日期', '时间', '会议日期', '会议时间', '时间范围', '期间', '实施期限', 'period']],
  ['date_start', ['datestart', 'start', 'startdate', 'from', '开始日期', '起始日期', '开始时间', '开始', '起始']],
  ['date_end', ['dateend', 'end', 'enddate', 'to', '结束日期', '截止日期', '终止日期', '结束时间', '结束', '截止']],
  ['issued_on', ['issuedon', 'issued', 'issuedate', '印发日期', '发布日期', '发文日期', '成文日期']],
  ['status', ['status', '状态', '实施状态']],
  ['level', ['level', '级别', '层级', '行政级别']],
  ['chains', ['chains', 'chain', '产业链', '链', '所属产业链', '产业']],
  ['regions', ['regions', 'region', '地区', '区域', '地域', '行政区', '行政区划']],
  ['tags', ['tags', 'tag', '标签', '关键词', '主题']],
  ['targets', ['targets', 'target', '目标', '主要目标']],
  ['summary', ['summary', '摘要', '概要', '内容摘要', '主要内容']],
  ['notes', ['notes', 'note', '备注', '笔记', '研究笔记']],
  ['place', ['place', 'location', '地点', '会议地点']],
  ['host_body', ['hostbody', 'host', 'issuer', '主办', '主办单位', '发布机关', '发文机关', '印发机关', '主持单位', '发文单位']],
  ['doc_number', ['docnumber', 'documentnumber', '文号', '发文字号', '文件编号']],
  // Written by the table export, not read back: cited sources live in the database, not in a cell.
  [null, ['sources', '来源', '来源数']],
];

const key = (header: string) => fold(header).replace(/[\s_\-·.:：()（）[\]【】]/g, '');
const BY_NAME = new Map<string, TableField | null>(NAMES.flatMap(([field, names]) => names.map((n) => [key(n), field] as const)));

/** The field each header names, or null; a field two headers name goes to the first. */
export function proposeMapping(headers: string[]): TableMapping {
  const taken = new Set<TableField>();
  const out: TableMapping = {};
  for (const h of headers) {
    const field = BY_NAME.get(key(h)) ?? null;
    out[h] = field && !taken.has(field) ? field : null;
    if (field) taken.add(field);
  }
  return out;
}

const META = 'table-mapping.';

/** The meta key of a header set: the headers in their order, as written. */
export function headerSetKey(headers: string[]): string {
  return META + createHash('sha256').update(JSON.stringify(headers)).digest('hex').slice(0, 32);
}

/** The mapping remembered for exactly these headers, if any (fields no longer known are dropped). */
export function rememberedMapping(db: Db, headers: string[]): TableMapping | null {
  const row = db.prepare(`SELECT value FROM meta WHERE key = ?`).get(headerSetKey(headers)) as { value: string } | undefined;
  if (!row) return null;
  try {
    const saved = JSON.parse(row.value) as { mapping?: Record<string, unknown> };
    const out: TableMapping = {};
    for (const h of headers) {
      const f = saved.mapping?.[h];
      out[h] = typeof f === 'string' && (TABLE_FIELDS as readonly string[]).includes(f) ? (f as TableField) : null;
    }
    return out;
  } catch {
    return null;
  }
}

/** Remembers a mapping for its header set (inside the import's transaction). */
export function rememberMapping(db: Db, headers: string[], mapping: TableMapping): void {
  db.prepare(`INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run(
    headerSetKey(headers),
    JSON.stringify({ headers, mapping, savedAt: new Date().toISOString() }),
  );
}

export const sameMapping = (a: TableMapping, b: TableMapping, headers: string[]) => headers.every((h) => (a[h] ?? null) === (b[h] ?? null));
