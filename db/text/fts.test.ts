import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { after, before, describe, it } from 'node:test';
import { fold } from './fold';
import { ftsColumns, ftsQuery, queryTerms } from './fts';

describe('ftsColumns', () => {
  it('splits Han runs into characters and overlapping bigrams, in simplified script', () => {
    assert.deepEqual(ftsColumns('產業鏈'), { uni: '产 业 链', bi: '产业 业链' });
  });

  it('keeps Latin words and numbers whole, also when they touch Han characters', () => {
    const c = ftsColumns('5G产业链 AI芯片 2023年');
    assert.deepEqual(c.uni.split(' '), ['5g', '产', '业', '链', 'ai', '芯', '片', '2023', '年']);
    assert.deepEqual(c.bi.split(' '), ['5g', '产业', '业链', 'ai', '芯片', '2023']);
  });

  it('drops punctuation, which never separates a bigram across it', () => {
    assert.deepEqual(ftsColumns('光电，产业。'), { uni: '光 电 产 业', bi: '光电 产业' });
  });
});

describe('ftsQuery', () => {
  it('is null for a query with nothing searchable', () => {
    assert.equal(ftsQuery('。，！'), null);
    assert.equal(ftsQuery('"'), null);
    assert.equal(ftsQuery('   '), null);
  });

  it('never lets FTS5 syntax from the query through', () => {
    for (const q of ['a"b', 'NEAR(x y)', 'title_uni:x', 'x OR y', '*', '产业 - 链', '^链']) {
      const m = ftsQuery(q);
      if (m) assert.ok(!/[:^]|NEAR|\bOR\b/.test(m.replace(/\{[^}]*\} :/g, '')), `${q} → ${m}`);
    }
  });

  it('restricts to the given columns', () => {
    assert.match(ftsQuery('产业', ['title'])!, /^\(\{title_bi\} : "产业"\)$/);
  });
});

describe('queryTerms', () => {
  it('folds and strips punctuation, one term per whitespace-separated word', () => {
    assert.deepEqual(queryTerms('產業鏈， 5G！'), ['产业链', '5g']);
    assert.deepEqual(queryTerms('  '), []);
  });
});

// The real test of the tokenization: index texts in an FTS5 table shaped like
// records_fts and see which queries match which texts.
describe('matching in FTS5', () => {
  const texts: Record<string, string> = {
    simplified: '河南省召开光电产业链专题会议，推动产业高质量发展',
    traditional: '洛陽市推動光電產業鏈發展',
    digits: '2023年郑州5G基站建设',
    english: 'AI芯片与Chiplet封装',
    short: '链',
    unrelated: '现代食品产业集群',
  };
  let db: Database.Database;
  const rowids = Object.keys(texts);
  before(() => {
    db = new Database(':memory:');
    db.exec(`CREATE VIRTUAL TABLE t USING fts5 (title_uni, title_bi, body_uni, body_bi, content = '', tokenize = 'unicode61 remove_diacritics 0')`);
    const ins = db.prepare('INSERT INTO t (rowid, title_uni, title_bi, body_uni, body_bi) VALUES (?, ?, ?, ?, ?)');
    rowids.forEach((k, i) => {
      const c = ftsColumns(texts[k]);
      ins.run(i + 1, '', '', c.uni, c.bi);
    });
  });
  after(() => db.close());

  const find = (q: string): string[] => {
    const m = ftsQuery(q);
    if (!m) return [];
    return (db.prepare('SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid').all(m) as { rowid: number }[]).map((r) => rowids[r.rowid - 1]);
  };
  // What a plain substring search over folded text would find: the ground truth for Han queries.
  const brute = (q: string): string[] => rowids.filter((k) => fold(texts[k]).includes(fold(q)));

  it('finds 1-character substrings', () => {
    assert.deepEqual(find('链'), ['simplified', 'traditional', 'short']);
    assert.deepEqual(find('會'), ['simplified']);
    for (const ch of '河光业推年片') assert.deepEqual(find(ch), brute(ch), ch);
  });

  it('finds 2-character and longer substrings, and only real substrings', () => {
    assert.deepEqual(find('产业'), ['simplified', 'traditional', 'unrelated']);
    assert.deepEqual(find('业链'), ['simplified', 'traditional']);
    assert.deepEqual(find('专题'), ['simplified']);
    assert.deepEqual(find('光电产业链专题'), ['simplified']);
    // Every character is there, in another order: not a substring.
    assert.deepEqual(find('链业产'), []);
  });

  it('matches simplified and traditional both ways', () => {
    assert.deepEqual(find('产业链'), ['simplified', 'traditional']);
    assert.deepEqual(find('產業鏈'), ['simplified', 'traditional']);
    assert.deepEqual(find('發展'), ['simplified', 'traditional']);
    assert.deepEqual(find('发展'), ['simplified', 'traditional']);
    assert.deepEqual(find('洛阳'), ['traditional']);
    assert.deepEqual(find('洛陽市'), ['traditional']);
    assert.deepEqual(find('高質量'), ['simplified']);
    for (const q of ['光电产', '光電產業', '推动', '专题会议', '产业集群']) assert.deepEqual(find(q), brute(q), q);
  });

  it('finds Han words next to digits and Latin letters', () => {
    assert.deepEqual(find('郑州'), ['digits']);
    assert.deepEqual(find('基站'), ['digits']);
    assert.deepEqual(find('年'), ['digits']);
    assert.deepEqual(find('芯片'), ['english']);
    assert.deepEqual(find('5G基站'), ['digits']);
  });

  it('matches Latin words and numbers by prefix, case-insensitively', () => {
    assert.deepEqual(find('5G'), ['digits']);
    assert.deepEqual(find('ai'), ['english']);
    assert.deepEqual(find('chip'), ['english']);
    assert.deepEqual(find('2023'), ['digits']);
    assert.deepEqual(find('202'), ['digits']);
  });

  it('needs every whitespace-separated term (AND)', () => {
    assert.deepEqual(find('产业 发展'), ['simplified', 'traditional']);
    assert.deepEqual(find('产业 洛阳'), ['traditional']);
    assert.deepEqual(find('河南 洛阳'), []);
    assert.deepEqual(find('链 5G'), []);
  });
});
