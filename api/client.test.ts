import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ApiError, createApi, type Transport } from './client';

describe('createApi', () => {
  it('calls the transport with the channel `domain.call` and the arguments, and returns the result', async () => {
    const calls: [string, unknown][] = [];
    const transport: Transport = async (channel, args) => (calls.push([channel, args]), { ok: true, result: { echoed: channel } });
    const api = createApi(transport);
    const r = await api.records.get({ id: '0b7f3c8e-1d2a-4c5b-9e6f-7a8b9c0d1e2f' });
    assert.deepEqual(r, { echoed: 'records.get' });
    await api.taxonomy.chains({});
    assert.deepEqual(calls, [['records.get', { id: '0b7f3c8e-1d2a-4c5b-9e6f-7a8b9c0d1e2f' }], ['taxonomy.chains', {}]]);
  });

  it('throws an ApiError carrying the code, message and field of an error reply', async () => {
    const api = createApi(async () => ({ ok: false, error: { code: 'invalid-argument', message: 'record.regions.0: unknown region: 火星', field: 'record.regions.0' } }));
    await assert.rejects(api.records.save({ record: { kind: 'meeting', title: 'x' } }), (err: unknown) => {
      assert.ok(err instanceof ApiError);
      assert.ok(err instanceof Error);
      assert.equal(err.name, 'ApiError');
      assert.equal(err.code, 'invalid-argument');
      assert.equal(err.field, 'record.regions.0');
      assert.match(err.message, /火星/);
      return true;
    });
  });

  it('lets a transport failure through as it is', async () => {
    const api = createApi(async () => {
      throw new Error('connection refused');
    });
    await assert.rejects(api.app.info({}), /connection refused/);
  });
});
