import assert from 'node:assert/strict';
import { it } from 'node:test';
import { memoryDb } from '../../db/test-helpers';
import { importCitations } from '../../db/services/citation-import';
import { citedSources } from '../../db/services/sources-cite';
import { toCslJson } from './csl';

const bytes = (s: string) => new TextEncoder().encode(s);

// Publish times travel as days (CSL dates have no time of day); the body does not travel at all (CSL-JSON carries no text).
it('round trip: CSL-JSON exported from one database and imported into an empty one gives the same sources', () => {
  const a = memoryDb();
  a.source({ title: '全省光电产业链专题会议召开', body: '正文甲', outlet: '河南日报', reporter: '李明、王芳', publishedAt: '2023-06-12', url: 'https://example.cn/a.html', script: 'simplified', notes: '笔记一\n笔记二' });
  a.source({ title: '新竹科學園區座談會舉行', body: '正文乙', outlet: '經濟日報', publishedAt: null, url: '', script: 'traditional', notes: '' });
  a.source({ title: 'Chip makers expand', body: 'text', outlet: 'Financial Times', publishedAt: '2024-01-02', script: 'none', notes: 'n' });
  const exported = citedSources(a.db, {});
  const b = memoryDb();
  const r = importCitations(b.db, { fileName: 'x.json', bytes: bytes(toCslJson(exported)) });
  assert.deepEqual(r.errors, []);
  assert.equal(r.added.length, 3);
  const strip = (rows: { id: string }[]) => rows.map(({ id: _id, ...rest }) => rest);
  assert.deepEqual(strip(citedSources(b.db, {})), strip(exported));
  // The ids come back too, so a second import of the same file is all duplicates.
  assert.deepEqual(citedSources(b.db, {}).map((s) => s.id), exported.map((s) => s.id));
  assert.deepEqual(importCitations(b.db, { fileName: 'x.json', bytes: bytes(toCslJson(exported)) }).duplicates.map((d) => d.by), ['id', 'id', 'id']);
  a.close();
  b.close();
});
