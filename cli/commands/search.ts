import { UsageError, intOption } from '../args';
import type { Command } from '../command';
import { openSession } from '../context';
import { KIND_ZH, plainHighlight, printJson } from '../output';

export const search: Command = {
  name: 'search',
  usage: 'chainline search QUERY [--scope all|records|sources] [--limit N]',
  summary: 'full-text search of records and sources (any length, simplified or traditional)',
  options: { scope: { type: 'string' }, limit: { type: 'string' } },
  async run({ dbPath, json, positionals, values }) {
    if (!positionals.length) throw new UsageError('search needs a QUERY');
    const s = openSession(dbPath);
    try {
      const r = await s.api.search.query({ query: positionals.join(' '), scope: (values.scope as never) ?? 'all', limit: intOption(values.limit, 'limit') ?? 20 });
      if (json) return printJson(r);
      console.log(`records: ${r.records.total}${r.records.atLeast ? '+' : ''}`);
      for (const h of r.records.hits) console.log(`  ${(h.dateStart ?? '—').padEnd(10)} ${KIND_ZH[h.kind]}  ${plainHighlight(h.title)}  ${h.id}${h.snippet.segments.length ? `\n      ${plainHighlight(h.snippet)}` : ''}`);
    console.log(`sources: ${r.sources.total}${r.sources.atLeast ? '+' : ''}`);
      for (const h of r.sources.hits) console.log(`  ${(h.publishedAt ?? '—').slice(0, 10).padEnd(10)} ${h.outlet}  ${plainHighlight(h.title)}  ${h.id}\n      ${plainHighlight(h.snippet)}`);
    } finally {
      s.close();
    }
  },
};
