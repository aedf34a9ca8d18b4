import { intOption } from '../args';
import type { Command } from '../command';
import { openSession } from '../context';
import { printJson } from '../output';

export const demo: Command = {
  name: 'demo',
  usage: 'chainline demo [--count N] [--seed N] [--force] | chainline demo --remove',
  summary: 'fill the database with a synthetic research dataset (default 300 records, tagged 示例数据); --remove takes it out again',
  options: { count: { type: 'string' }, seed: { type: 'string' }, force: { type: 'boolean', default: false }, remove: { type: 'boolean', default: false } },
  async run({ dbPath, json, values }) {
    const s = openSession(dbPath);
    try {
      if (values.remove === true) {
        const r = await s.api.app.removeDemo({});
        if (json) printJson(r);
        else console.log(`moved to the trash: ${r.records} demo records, ${r.sources} sources, ${r.actors} actors (restore them from the trash)`);
        return;
      }
      const result = await s.api.app.demo({ count: intOption(values.count, 'count') ?? 300, seed: intOption(values.seed, 'seed') ?? 1, force: values.force === true });
      if (json) printJson(result);
      else console.log(`added ${result.records} records, ${result.sources} sources, ${result.actors} actors (tagged 示例数据; chainline demo --remove takes them out)`);
    } finally {
      s.close();
    }
  },
};
