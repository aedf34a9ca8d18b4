import { detectScript } from '../text/script';
import type { Script } from '../types';
import { say, type Said } from './messages';
import { webAddress, type dayOf } from './text';
import type { EntryError, SourceDraft } from './types';

// One entry of a reference manager's file as a source draft, checked as the
// sources contract checks an edit (title 1–500 characters, outlet and author
// up to 200, an http(s) address), so nothing is stored that the app could not
// have saved itself.

export interface EntryFields {
  id?: string;
  title?: string;
  outlet?: string;
  authors: string[];
  date?: ReturnType<typeof dayOf> | null;
  url?: string;
  notes: string[];
  body: string[];
  language?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** The script a language tag names (zh-Hans, zh-CN … zh-Hant, zh-TW …), or null to look at the text. */
function scriptOfLanguage(language: string | undefined): Script | null {
  const l = (language ?? '').trim().toLowerCase().replace(/_/g, '-');
  if (/^zh-(hans|cn|sg)\b/.test(l) || l === 'chinese (simplified)') return 'simplified';
  if (/^zh-(hant|tw|hk|mo)\b/.test(l) || l === 'chinese (traditional)') return 'traditional';
  return null;
}

export function makeDraft(entry: string, line: number | undefined, f: EntryFields): SourceDraft | EntryError {
  const fail = (said: Said): EntryError => ({ entry, ...(line ? { line } : {}), ...said });
  const title = (f.title ?? '').replace(/\s+/g, ' ').trim();
  if (!title) return fail(say('no-title'));
  if (title.length > 500) return fail(say('title-too-long', { n: title.length }));
  const outlet = (f.outlet ?? '').trim();
  if (outlet.length > 200) return fail(say('outlet-too-long', { n: outlet.length }));
  const reporter = f.authors.map((a) => a.trim()).filter(Boolean).join('、');
  if (reporter.length > 200) return fail(say('authors-too-long', { n: reporter.length }));
  const url = (f.url ?? '').trim();
  if (url && !webAddress(url)) return fail(say('not-a-url', { url: url.slice(0, 100) }));
  if (url.length > 2000) return fail(say('url-too-long'));
  const warnings: Said[] = [];
  let publishedAt: string | null = null;
  if (f.date) {
    if ('error' in f.date) return fail(f.date.error);
    publishedAt = f.date.day;
    if (f.date.warning) warnings.push(f.date.warning);
  }
  const notes = f.notes.map((n) => n.trim()).filter(Boolean).join('\n\n');
  if (notes.length > 100_000) return fail(say('notes-too-long'));
  const body = f.body.map((b) => b.trim()).filter(Boolean).join('\n\n');
  const script = scriptOfLanguage(f.language) ?? detectScript(`${title}${body}`);
  return {
    entry, ...(line ? { line } : {}), ...(f.id && UUID.test(f.id) ? { id: f.id.toLowerCase() } : {}),
    title, outlet, reporter, publishedAt, url, notes, body, script, warnings,
  };
}

/** Sorts a reader's results into drafts and errors. */
export function collect(results: (SourceDraft | EntryError)[]): { records: SourceDraft[]; errors: EntryError[] } {
  const records: SourceDraft[] = [];
  const errors: EntryError[] = [];
  for (const r of results) ('title' in r ? records : errors).push(r as never);
  return { records, errors };
}
