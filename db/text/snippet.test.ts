import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Highlight } from '../../api/highlight';
import { queryTerms } from './fts';
import { highlight } from './snippet';

const joined = (h: Highlight) => h.segments.map((s) => s.text).join('');
const hits = (h: Highlight) => h.segments.filter((s) => s.hit).map((s) => s.text);

describe('highlight', () => {
  it('marks every hit in the original script and reports the first offset in the full text', () => {
    const text = '河南省召開產業鏈工作會議，推動產業鏈高質量發展。';
    const h = highlight(text, queryTerms('产业链'));
    assert.equal(joined(h), text, 'short text is shown whole, unchanged');
    assert.deepEqual(hits(h), ['產業鏈', '產業鏈']);
    assert.equal(h.firstHit, 5);
    assert.equal(text.slice(h.firstHit, h.firstHit + 3), '產業鏈');
  });

  it('marks a simplified hit in simplified text when queried in traditional', () => {
    const h = highlight('光电产业链专题会议', queryTerms('產業鏈'));
    assert.deepEqual(hits(h), ['产业链']);
    assert.equal(h.firstHit, 2);
  });

  it('marks several terms and merges overlapping hits', () => {
    const h = highlight('推动光电产业链发展', queryTerms('光电产 产业链'));
    assert.deepEqual(hits(h), ['光电产业链']);
    const two = highlight('光电产业链，发展大会', queryTerms('光电 发展'));
    assert.deepEqual(hits(two), ['光电', '发展']);
  });

  it('matches Latin case-insensitively and keeps the original case', () => {
    const h = highlight('推进5G与Ai融合', queryTerms('5g ai'));
    assert.deepEqual(hits(h), ['5G', 'Ai']);
  });

  it('cuts a window around the first hit in a long text, with ellipses, offsets still into the full text', () => {
    const text = `${'前'.repeat(200)}目标${'后'.repeat(200)}`;
    const h = highlight(text, queryTerms('目标'), 60);
    assert.equal(h.firstHit, 200);
    assert.equal(h.segments[0].text, '…');
    assert.equal(h.segments.at(-1)!.text, '…');
    assert.deepEqual(hits(h), ['目标']);
    const shown = joined(h).replace(/…/g, '');
    assert.equal(shown.length, 60);
    assert.ok(text.includes(shown), 'the window is a contiguous slice of the text');
    // The hit sits a third of the way in, so some context precedes it.
    assert.equal(shown.indexOf('目标'), 20);
  });

  it('starts at the beginning, unmarked, when nothing matches', () => {
    const text = '无关的文字'.repeat(30);
    const h = highlight(text, queryTerms('产业'), 40);
    assert.equal(h.firstHit, -1);
    assert.deepEqual(hits(h), []);
    assert.equal(h.segments[0].text, text.slice(0, 40));
  });

  it('gives no segments for empty text', () => {
    assert.deepEqual(highlight('', queryTerms('产业')), { segments: [], firstHit: -1 });
  });

  it('marks the visible part of a hit cut by the window edge, without losing or repeating text', () => {
    // Hits at 10..13 and 16..19; the window is [6, 18), so the second hit is cut after two characters.
    const text = `${'甲'.repeat(10)}产业链乙乙乙产业链${'丙'.repeat(20)}`;
    const h = highlight(text, queryTerms('产业链'), 12);
    assert.equal(joined(h), `…${text.slice(6, 18)}…`);
    assert.deepEqual(hits(h), ['产业链', '产业']);
    assert.equal(h.firstHit, 10);
  });
});
