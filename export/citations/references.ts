import type { CiteSource, ReportData } from '../../api/contract/export';
import { toCslItem } from './csl';
import { gbt7714 } from './gbt7714';

/** GB/T 7714-2015 references of sources, by id (notes play no part in a reference). */
export function references(sources: Omit<CiteSource, 'notes'>[]): Map<string, string> {
  return gbt7714(sources.map((s) => toCslItem({ ...s, notes: '' })));
}

/** A report whose sources carry their GB/T 7714 reference, for the PDF's list of sources and for Markdown. */
export function withReferences(report: ReportData): ReportData {
  const refs = references(report.sources);
  return { ...report, sources: report.sources.map((s) => ({ ...s, reference: refs.get(s.id) ?? s.title })) };
}
