import { ApiError } from '../../api/client';
import type { RecleanResult } from '../../api/contract/sources';
import { UsageError } from '../args';
import type { Command } from '../command';
import { openSession, type Session } from '../context';
import { printJson } from '../output';

async function allSourceIds(s: Session): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; ; offset += 5000) {
    const page = await s.api.sources.list({ sort: '-created', page: { offset, limit: 5000 } });
    ids.push(...page.rows.map((r) => r.id));
    if (offset + 5000 >= page.total) return ids;
  }
}

export const reclean: Command = {
  name: 'reclean',
  usage: 'chainline reclean SOURCE… | --all',
  summary: 'clean sources again from their stored originals with the current rules; citations are found again by their quotes',
  options: { all: { type: 'boolean', default: false } },
  async run({ dbPath, json, positionals, values }) {
    const all = values.all === true;
    if (all === positionals.length > 0) throw new UsageError('reclean takes SOURCE ids, or --all');
    const s = openSession(dbPath);
    try {
      const ids = all ? await allSourceIds(s) : positionals;
      const results: RecleanResult[] = [];
      const skipped: { id: string; error: string }[] = [];
      for (const id of ids) {
        try {
          results.push(await s.api.sources.reclean({ id }));
        } catch (err) {
          // With --all, a source without a stored original is passed over; one named explicitly is an error.
          if (!all || !(err instanceof ApiError)) throw err;
          skipped.push({ id, error: err.message });
        }
      }
      if (json) return printJson({ results, skipped });
      let lost = 0;
      for (const r of results) {
        const what = r.changed ? `${r.bodyChars.from} → ${r.bodyChars.to} chars, ${r.reanchored} citation(s) re-anchored, ${r.unanchored.length} not found` : 'unchanged';
        console.log(`${r.id}  ${r.title}: ${what}`);
        for (const u of r.unanchored) console.log(`    not found, kept and flagged: 「${u.quote}」 (cited by ${u.recordTitle}, ${u.recordId})`);
        lost += r.unanchored.length;
      }
      for (const k of skipped) console.log(`${k.id}  skipped: ${k.error}`);
      const changed = results.filter((r) => r.changed).length;
      console.log(`${results.length} source(s) cleaned again, ${changed} changed, ${lost} citation(s) to look at${skipped.length ? `, ${skipped.length} skipped` : ''}`);
    } finally {
      s.close();
    }
  },
};
