import type { ReportData, ReportRow } from '../../api/contract/export';
import { fixedT, type Lang } from '../../i18n';

// Records as Markdown for a paper: each record a section, each quoted sentence
// a footnote ([^n]) with the sentence and its source in GB/T 7714-2015, so a
// pasted record keeps its evidence. Footnotes are numbered through the whole
// document, as a paper's are. The report's sources must carry their reference
// (withReferences).

/** One line: a footnote or a list item must not be broken by the text's own line breaks. */
const line = (s: string) => s.replace(/\s*[\r\n]+\s*/g, ' ').trim();

function dates(r: ReportRow, noDate: string) {
  if (!r.dateStart) return noDate;
  return r.dateEnd && r.dateEnd !== r.dateStart ? `${r.dateStart} — ${r.dateEnd}` : r.dateStart;
}

export function reportToMarkdown(report: ReportData, o: { lang: Lang; heading?: string; version?: string }): string {
  const t = fixedT(o.lang, 'print');
  const c = fixedT(o.lang, 'common');
  const refs = new Map(report.sources.map((s) => [s.id, s.reference ?? s.title]));
  const zh = o.lang === 'zh';
  const colon = zh ? '：' : ': ';
  const out: string[] = [];
  const notes: string[] = [];
  const footnote = (sourceId: string, quote: string) => {
    const n = notes.length + 1;
    const q = line(quote);
    notes.push(`[^${n}]: ${q ? `${zh ? `“${q}”` : `"${q}"`} ` : ''}${line(refs.get(sourceId) ?? '')}`);
    return `[^${n}]`;
  };
  if (o.version) out.push(`<!-- Chainline ${o.version}: Markdown with GB/T 7714-2015 footnotes -->`, '');
  if (o.heading) out.push(`# ${line(o.heading)}`, '');
  for (const r of report.rows) {
    out.push(`## ${line(r.title)}`, '');
    const meta = [
      `${t('col.kind')}${colon}${c(`kinds.${r.kind}`)}`,
      `${t('col.date')}${colon}${dates(r, t('noDate'))}`,
      r.chains.length ? `${t('col.chains')}${colon}${r.chains.join(', ')}` : '',
      r.regions.length ? `${t('col.regions')}${colon}${r.regions.join(', ')}` : '',
    ].filter(Boolean);
    out.push(meta.join(' · '), '');
    if (r.notes.trim()) out.push(r.notes.trim(), '');
    const quoted = new Set<string>();
    for (const q of r.quotes) {
      quoted.add(q.sourceId);
      const text = line(q.quote);
      const note = line(q.note);
      out.push(`- ${text ? `${text}${footnote(q.sourceId, q.quote)}` : footnote(q.sourceId, '')}${note ? (zh ? `（${note}）` : ` (${note})`) : ''}`);
    }
    const bare = r.sourceIds.filter((id) => !quoted.has(id));
    if (bare.length) out.push(`- ${t('sources')}${colon}${bare.map((id) => footnote(id, '')).join(' ')}`);
    if (r.quotes.length || bare.length) out.push('');
  }
  if (notes.length) out.push(...notes, '');
  return out.join('\n');
}
