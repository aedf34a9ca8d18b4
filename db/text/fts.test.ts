import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openDatabase, type Db } from '../open';
import { insertSource } from '../services/sources';
import { fold } from './fold';
import { ftsColumns, queryTerms, rowidSet, termMatches } from './fts';

describe('ftsColumns', () => {
  it('splits Han runs into characters and bigrams (tok) and bigrams in order (bi), in simplified script', () => {
    assert.deepEqual(ftsColumns('產業鏈'), { tok: '产 业 链 产业 业链', bi: '产业 业链' });
  });

  it('keeps Latin words and numbers whole, also when they touch Han characters', () => {
    const c = ftsColumns('5G产业链 AI芯片 2023年');
    assert.deepEqual(c.tok.split(' '), ['5g', '产', '业', '链', '产业', '业链', 'ai', '芯', '片', '芯片', '2023', '年']);
    assert.deepEqual(c.bi.split(' '), ['5g', '产业', '业链', 'ai', '芯片', '2023', '年']);
  });

  it('drops punctuation, which never joins a bigram across it', () => {
    assert.deepEqual(ftsColumns('光电，产业。'), { tok: '光 电 光电 产 业 产业', bi: '光电 产业' });
  });
});

describe('termMatches and rowidSet', () => {
  it('have nothing to search for a query without letters or digits', () => {
    assert.deepEqual(termMatches('。，！'), []);
    assert.equal(rowidSet('sources', '"'), null);
    assert.equal(rowidSet('records', '   '), null);
  });

  it('never let FTS5 syntax from the query through', () => {
    for (const q of ['a"b', 'NEAR(x y)', 'title:x', 'x OR y', '*', '产业 - 链', '^链']) {
      for (const t of termMatches(q)) assert.ok(!/[:^]|NEAR|\bOR\b/.test(t.match.replace(/\{[^}]*\} :/g, '')), `${q} → ${t.match}`);
    }
  });

  it('route 1- and 2-character terms to the token table and longer ones to phrases', () => {
    assert.deepEqual(termMatches('产业'), [{ table: 'tok', match: '{title body} : "产业"' }]);
    assert.deepEqual(termMatches('產業鏈', ['title']), [{ table: 'fts', match: '{title} : "产业 业链"' }]);
    assert.equal(rowidSet('records', '链 光电产业')!.single, null, 'two tables: no single-table ranking');
  });
});

describe('queryTerms', () => {
  it('folds and strips punctuation, one term per whitespace-separated word', () => {
    assert.deepEqual(queryTerms('產業鏈， 5G！'), ['产业链', '5g']);
    assert.deepEqual(queryTerms('  '), []);
  });
});

// The real test of the tokenization: index texts in the real FTS tables and see which queries match which texts.
describe('matching in FTS5', () => {
  const texts: Record<string, string> = {
    simplified: '河南省召开光电产业链专题会议，推动产业高质量发展',
    traditional: '洛陽市推動光電產業鏈發展',
    digits: '2023年郑州5G基站建设',
    english: 'AI芯片与Chiplet封装',
    short: '链',
    unrelated: '现代食品产业集群',
  };
  let db: Db;
  const rowids = Object.keys(texts);
  before(() => {
    db = openDatabase(':memory:').db;
    for (const k of rowids) insertSource(db, { title: k, body: texts[k] });
  });
  after(() => db.close());

  const find = (q: string): string[] => {
    const set = rowidSet('sources', q, ['body']);
    if (!set) return [];
    return (db.prepare(`SELECT rowid FROM (${set.sql}) ORDER BY rowid`).all(...set.params) as { rowid: number }[]).map((r) => rowids[r.rowid - 1]);
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
