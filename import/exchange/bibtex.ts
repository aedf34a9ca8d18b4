import { plugins, type CslItem } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { collect, makeDraft } from './draft';
import { say } from './messages';
import { personName } from './names';
import { dayOf, noteText, utf8File } from './text';
import type { EntryError, ExchangeParse, SourceDraft } from './types';

// BibTeX and biblatex, as Zotero ("Export… › BibTeX" or "BibLaTeX"), Better
// BibTeX, JabRef and Chainline write them, parsed by citation-js's BibTeX
// plugin (which turns TeX escapes and braces into text). citation-js parses a
// file as a whole and stops at its first error, so the file is cut into
// entries first, at each line that starts with @type{ or @type(, and each is
// parsed alone: a broken entry (an unclosed brace runs to the next entry) is
// named by its key and line, and the others still read. @string definitions
// are put before every entry, since an entry may use them.

const ENTRY_START = /^\s*@\s*([A-Za-z]+)\s*[{(]/;

interface Chunk {
  type: string;
  key: string;
  line: number;
  text: string;
}

function chunks(text: string): { entries: Chunk[]; strings: string[]; stray: number | null } {
  const lines = text.split(/\r\n|\n|\r/);
  const entries: Chunk[] = [];
  const strings: string[] = [];
  let cur: Chunk | null = null;
  let stray: number | null = null;
  const close = () => {
    if (!cur) return;
    const type = cur.type.toLowerCase();
    if (type === 'string') strings.push(cur.text);
    else if (type !== 'comment' && type !== 'preamble') entries.push(cur);
    cur = null;
  };
  for (const [i, line] of lines.entries()) {
    const m = ENTRY_START.exec(line);
    if (m) {
      close();
      cur = { type: m[1]!, key: /^\s*@\s*[A-Za-z]+\s*[{(]\s*([^,\s})]*)/.exec(line)?.[1] ?? '', line: i + 1, text: line };
    } else if (cur) cur.text += `\n${line}`;
    else if (line.trim() && !line.trim().startsWith('%') && stray === null) stray = i + 1;
  }
  close();
  return { entries, strings, stray };
}

function csl(item: CslItem, label: string, line: number): SourceDraft | EntryError {
  const parts = item.issued?.['date-parts']?.[0];
  const date = parts?.length ? dayOf(Number(parts[0]), parts[1] === undefined ? undefined : Number(parts[1]), parts[2] === undefined ? undefined : Number(parts[2])) : null;
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return makeDraft(label, line, {
    title: text(item.title),
    outlet: text(item['container-title']) || text(item.publisher),
    authors: (item.author ?? []).map(personName),
    date,
    url: text(item.URL),
    notes: [text(item.note), text(item.annote)].map(noteText),
    body: [text(item.abstract)],
    language: text(item.language),
  });
}

export function parseBibtex(bytes: Uint8Array): ExchangeParse {
  const text = utf8File(bytes);
  if (typeof text !== 'string') return { records: [], errors: [text] };
  const { entries, strings, stray } = chunks(text.replace(/^\uFEFF/, ''));
  if (!entries.length) {
    const said = text.trim() ? say('no-entries', { line: stray ?? '' }) : say('empty-file');
    return { records: [], errors: [{ entry: 'file', ...(stray ? { line: stray } : {}), ...said }] };
  }
  const prefix = strings.length ? `${strings.join('\n')}\n` : '';
  const shift = prefix ? prefix.split('\n').length - 1 : 0;
  return collect(
    entries.map((c, i) => {
      const label = c.key ? `entry ${i + 1} (${c.key})` : `entry ${i + 1}`;
      try {
        const items = plugins.input.chain(prefix + c.text, { generateGraph: false, forceType: '@biblatex/text' });
        if (items.length !== 1) return { entry: label, line: c.line, ...say('not-one-entry', { line: c.line, n: items.length }) };
        return csl(items[0]!, label, c.line);
      } catch (err) {
        const m = /at line (\d+) col (\d+)/.exec((err as Error).message);
        const where = m ? c.line + Number(m[1]) - 1 - shift : c.line;
        const what = (err as Error).message.split('\n')[0]!.replace(/ at line \d+ col \d+:?$/, '');
        return { entry: label, line: c.line, ...say('bibtex-syntax', { detail: what, line: where, start: c.line }) };
      }
    }),
  );
}
