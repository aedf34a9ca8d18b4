import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { report } from './report-fixture';
import { reportToJson } from './json';


describe('JSON export', () => {
  it('carries the records, sources and where they came from', () => {
    const doc = JSON.parse(reportToJson(report, { version: '0.1.0', database: 'chips.db', exportedAt: '2026-11-24T00:00:00.000Z', filter: { kinds: ['plan'] } }));
    assert.equal(doc.format, 'chainline-records');
    assert.equal(doc.formatVersion, 1);
    assert.equal(doc.database, 'chips.db');
    assert.deepEqual(doc.filter, { kinds: ['plan'] });
    assert.equal(doc.complete, true);
    assert.deepEqual(doc.records, report.rows);
    assert.deepEqual(doc.sources, report.sources);
    assert.equal(JSON.parse(reportToJson({ ...report, total: 5 }, { version: '', database: '', exportedAt: '', filter: {} })).complete, false);
  });
});
