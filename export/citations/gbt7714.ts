import CSL from 'citeproc';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CslItem } from '@citation-js/core';
// The attribute lets Node load the JSON when a bundle leaves packages external (the crash harness's worker).
import locales from '@citation-js/plugin-csl/lib/locales.json' with { type: 'json' };

// GB/T 7714-2015 references through citeproc-js and Chainline's own style
// (gb-t-7714-2015.csl beside this file, or beside a bundled back end). The
// style's terms are its own (等), so citeproc only needs a locale for what the
// style does not say: the en-US locale shipped with citation-js's CSL plugin.

const STYLE_FILE = 'gb-t-7714-2015.csl';

let style: string | null = null;
function styleXml(): string {
  if (style) return style;
  const here = import.meta.dirname;
  const found = [path.join(here, STYLE_FILE), path.join(here, 'citations', STYLE_FILE)].find((f) => existsSync(f));
  if (!found) throw new Error(`the GB/T 7714 style ${STYLE_FILE} is missing beside ${here}`);
  return (style = readFileSync(found, 'utf8'));
}

const localeXml = () => (locales as Record<string, string>)['en-US']!;

/** Each item's reference in GB/T 7714-2015 (without a number), by id, in the order given. */
export function gbt7714(items: CslItem[]): Map<string, string> {
  const out = new Map<string, string>();
  if (!items.length) return out;
  const byId = new Map(items.map((i) => [i.id, i]));
  const engine = new CSL.Engine({ retrieveLocale: () => localeXml(), retrieveItem: (id) => byId.get(id) }, styleXml(), 'zh-CN', true);
  engine.setOutputFormat('text');
  engine.updateItems(items.map((i) => i.id));
  const bib = engine.makeBibliography();
  if (!bib) return out;
  const [meta, entries] = bib;
  meta.entry_ids.forEach(([id], i) => out.set(id!, entries[i]!.trim()));
  return out;
}
