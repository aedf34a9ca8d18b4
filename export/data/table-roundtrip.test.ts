import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApi } from '../../api/client';
import type { Api, Handlers } from '../../api/contract';
import type { TableApplied, TablePreview } from '../../api/contract/exchange';
import { dispatch } from '../../api/dispatch';
import type { TableColumn } from '../../api/contract/export';
import { memoryDb, tableHashes, type TestDb } from '../../db/test-helpers';
import { exportHandlers } from '../handlers';

// A table exported and imported again: into an empty database it gives the
// same records; into the database it came from it changes nothing.

let from: TestDb;
let api: Api;
const printer = async () => ({ pdf: new Uint8Array(), summary: { pages: 0, records: 0, timelinePages: 0 } });

before(async () => {
  from = memoryDb();
  const handlers: Handlers = { ...from.handlers, export: exportHandlers({ report: from.handlers.export.report, citedSources: from.handlers.export.citedSources, printer, dbPath: '/data/a.db', version: '9.9.9' }) };
  api = createApi((channel, args) => dispatch(handlers, channel, args));
  await from.add({ kind: 'plan', title: '《洛阳市光电产业链三年行动计划(2024—2026年)》', date: '2024-03', dateEnd: '2026', status: 'in-force', chains: ['光电'], regions: ['洛阳'], tags: ['专精特新', '强链'], targets: [{ metric: '产业规模', value: 900, unit: '亿元', deadline: '2026' }, { metric: '培育专精特新企业', value: 180, unit: '家' }] });
  await from.add({ kind: 'meeting', subkind: 'chain-meeting', title: '全省光电产业链专题会议召开', date: '2023-06-12', chains: ['光电', '新材料'], regions: ['河南省', '郑州市'] });
  await from.add({ kind: 'measure', title: '-专项引导基金, 首期 "10亿元"', date: '2025', status: 'announced', regions: ['郑州'] });
  await from.add({ kind: 'measure', title: '日期未知的措施' });
});
after(() => from.close());

const ROUND: TableColumn[] = ['id', 'kind', 'subkind', 'title', 'date_start', 'date_end', 'status', 'chains', 'regions', 'tags', 'targets'];

async function records(t: TestDb) {
  const { rows } = await t.api.records.list({ sort: 'title', page: { offset: 0, limit: 100 } });
  return Promise.all(
    rows.map(async (r) => {
      const d = await t.api.records.get({ id: r.id });
      return { id: d.id, kind: d.kind, subkind: d.subkind, title: d.title, dateStart: d.dateStart, dateEnd: d.dateEnd, precision: d.precision, status: d.status, chains: d.chains.map((c) => c.name).sort(), regions: d.regions.map((c) => c.name).sort(), tags: [...d.tags].sort(), targets: d.targets.map((x) => [x.metric, x.value, x.unit, x.deadline]) };
    }),
  );
}

for (const format of ['csv', 'xlsx'] as const) {
  describe(`${format} export, then import`, () => {
    it('into an empty database gives the same records, with no mapping step', async () => {
      const file = await api.export.data({ format, columns: ROUND });
      const contentBase64 = file.encoding === 'base64' ? file.content : Buffer.from(file.content, 'utf8').toString('base64');
      const to = memoryDb();
      try {
        const p = (await to.api.exchange.preview({ fileName: file.fileName, contentBase64 })) as TablePreview;
        assert.equal(p.plan.mappingFrom, 'proposed');
        assert.ok(ROUND.every((c) => p.plan.mapping[c] === c), 'every exported column maps to its own field');
        assert.deepEqual(p.plan.errors, []);
        const done = (await to.api.exchange.apply({ fileName: file.fileName, contentBase64 })) as TableApplied;
        assert.equal(done.added, 4);
        assert.deepEqual(await records(to), await records(from));
      } finally {
        to.close();
      }
    });

    it('into the database it came from changes nothing: every row is reported as existing', async () => {
      const file = await api.export.data({ format });
      const contentBase64 = file.encoding === 'base64' ? file.content : Buffer.from(file.content, 'utf8').toString('base64');
      const hashes = tableHashes(from.db);
      const done = (await from.api.exchange.apply({ fileName: file.fileName, contentBase64 })) as TableApplied;
      assert.equal(done.added, 0);
      assert.equal(done.plan.counts.existing, 4);
      assert.equal(done.backup, null);
      assert.deepEqual(tableHashes(from.db), hashes);
    });
  });
}
