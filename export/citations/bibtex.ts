import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import type { CiteSource } from '../../api/contract/export';
import { toCslItem } from './csl';

// BibTeX through citation-js, in its biblatex dialect: classic BibTeX has no
// field for the language, the access date or a full date (it writes
// `month = {jun 12}`), and reference managers (Zotero, JabRef) and biber read
// biblatex's date, urldate, language and journaltitle. Chinese stays as it is
// (UTF-8): the plugin's ASCII mode would drop it. With that mode off the
// plugin escapes nothing, so the characters TeX reads as commands (braces,
// backslash, & % $ # _ ~ ^) and the plugin reads as markup (<i>…) are escaped
// here, in every field but the address (a url field is verbatim). Each
// entry's key is the source's stable citation key.

let configured = false;
function configure() {
  if (configured) return;
  const format = plugins.config.get('@bibtex').format!;
  format.asciiOnly = false;
  format.useIdAsLabel = true;
  configured = true;
}

const TEX: Record<string, string> = {
  '\\': '\\textbackslash{}', '{': '\\{', '}': '\\}', '&': '\\&', '%': '\\%', '$': '\\$', '#': '\\#', '_': '\\_',
  '~': '\\textasciitilde{}', '^': '\\textasciicircum{}', '<': '\\textless{}', '>': '\\textgreater{}',
};
export const texEscape = (s: string) => s.replace(/[\\{}&%$#_~^<>]/g, (c) => TEX[c]!);

export function toBibtex(sources: CiteSource[], meta: { version: string; exportedAt: string }): string {
  configure();
  const items = sources.map((s) => {
    const item = toCslItem({ ...s, title: texEscape(s.title), outlet: texEscape(s.outlet), reporter: texEscape(s.reporter), notes: texEscape(s.notes) });
    return { ...item, id: item['citation-key'] as string };
  });
  const head = `@comment{Chainline ${meta.version}: ${sources.length} sources, biblatex fields, UTF-8, exported ${meta.exportedAt}}\n\n`;
  return head + (items.length ? new Cite(items).format('biblatex') : '');
}
