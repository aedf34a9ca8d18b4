import { intOption } from '../args';
import type { Command } from '../command';
import { openSession } from '../context';
import { printJson } from '../output';

export const demo: Command = {
  name: 'demo',
  usage: 'chainline demo [--count N] [--seed N]',
  summary: 'fill the database with a synthetic research dataset (default 300 records)',
  options: { count: { type: 'string' }, seed: { type: 'string' } },
  async run({ dbPath, json, values }) {
    const s = openSession(dbPath);
    try {
      const result = await s.api.app.demo({ count: intOption(values.count, 'count') ?? 300, seed: intOption(values.seed, 'seed') ?? 1 });
      if (json) printJson(result);
      else console.log(`added ${result.records} records, ${result.sources} sources, ${result.actors} actors`);
    } finally {
      s.close();
    }
  },
};
