import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import type { CiteSource } from '../../api/contract/export';
import { citationKey, splitNames, toCslItem } from './csl';

// RIS through citation-js's RIS plugin (its mapping of CSL to the tags of the
// RIS specification), completed where that mapping drops what Zotero reads:
// for a newspaper article (TY NEWS) the specification files authors under
// another tag and keeps only the year, so AU and the full DA are added here.
// Each tag is written on one line: the plugin's own text output wraps long
// values at 70 characters, and RIS readers that take a tagless line as a new
// field would split a researcher's note.

type RisEntry = Record<string, string | string[]>;

const risDate = (iso: string) => `${iso.slice(0, 10).replace(/-/g, '/')}/`;

function entry(s: CiteSource): RisEntry {
  const [risEntry] = new Cite([toCslItem(s)]).format('ris', { format: 'object', spec: 'new' }) as unknown as RisEntry[];
  // RIS ids are at most 20 characters: the source's citation key, not its whole UUID.
  const e: RisEntry = { ...risEntry!, ID: citationKey(s.id) };
  const authors = splitNames(s.reporter).map((n) => n.literal!);
  if (authors.length && !e.AU) e.AU = authors;
  if (s.publishedAt && /^\d{4}-\d{2}-\d{2}/.test(s.publishedAt)) e.DA = risDate(s.publishedAt);
  return e;
}

/** One value on one line: line breaks inside a note become spaces rather than tagless lines. */
const oneLine = (v: string) => v.replace(/\r?\n+/g, ' ').trim();

export function toRis(sources: CiteSource[]): string {
  const out: string[] = [];
  for (const s of sources) {
    const e = entry(s);
    out.push(`TY  - ${e.TY}`);
    for (const [tag, value] of Object.entries(e)) {
      if (tag === 'TY') continue;
      for (const v of ([] as string[]).concat(value)) if (String(v).trim()) out.push(`${tag}  - ${oneLine(String(v))}`);
    }
    out.push('ER  - ', '');
  }
  return out.join('\r\n');
}
