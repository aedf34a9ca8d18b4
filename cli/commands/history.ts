import { UsageError, intOption } from '../args';
import type { Command } from '../command';
import { openSession } from '../context';
import { printJson, recordLine } from '../output';

export const history: Command = {
  name: 'history',
  usage: 'chainline history RECORD [--restore SEQ]',
  summary: "a record's earlier versions (newest first); --restore brings one back",
  options: { restore: { type: 'string' } },
  async run({ dbPath, json, positionals, values }) {
    if (positionals.length !== 1) throw new UsageError('history takes one RECORD id');
    const [id] = positionals;
    const seq = intOption(values.restore, 'restore');
    const s = openSession(dbPath);
    try {
      if (seq !== undefined) {
        const r = await s.api.records.restoreVersion({ id, seq });
        if (json) return printJson(r);
        console.log(`restored version ${seq}: ${recordLine({ ...r, sourceCount: r.citations.length })}`);
        return;
      }
      const versions = await s.api.records.history({ id });
      if (json) return printJson(versions);
      if (!versions.length) console.log('no earlier versions');
      for (const v of versions) console.log(`${String(v.seq).padStart(6)}  ${v.replacedAt.slice(0, 19).replace('T', ' ')}  ${v.reason.padEnd(7)}  ${v.title}  (changed: ${v.changed.join(', ') || '—'})`);
    } finally {
      s.close();
    }
  },
};
