// Reference managers' exports (Zotero's CSL JSON, RIS, BibTeX) by their names:
// the page sends these to sources.importCitations, which looks at their
// content; everything else goes to the article importer.
export const CITATION_EXTENSIONS = ['.json', '.ris', '.bib'];

export function isCitationFile(name: string): boolean {
  const base = name.slice(name.lastIndexOf('/') + 1).toLowerCase();
  return CITATION_EXTENSIONS.some((e) => base.endsWith(e));
}
