import { extractText, getDocumentProxy } from 'unpdf';
import { cleanScrape } from '../clean/scrape';
import type { ParseResult } from '../types';
import { assembleArticle } from './assemble';

// Producers put the source file name or nothing useful into the Title entry.
const USELESS_TITLE = /^(?:untitled|无标题|microsoft word - |wps|document\d*$)|\.(?:docx?|wps|pdf)$/i;

const CJK = '[\\u3400-\\u9fff\\uf900-\\ufaff，。、；：！？“”‘’（）《》]';
const SPACED_CJK = new RegExp(`(${CJK})[ \\t]+(?=${CJK})`, 'g');

/** pdf.js often places Chinese glyphs one by one and reports the gaps as spaces: "产 业 链" → "产业链". */
export function closeCjkGaps(text: string): string {
  return text.replace(SPACED_CJK, '$1');
}

/** A PDF with a text layer. Scans have none and are reported empty: OCR is out of scope. */
export async function parsePdf(bytes: Uint8Array, fileName: string): Promise<ParseResult> {
  let text: string;
  let title: string | null = null;
  try {
    // pdf.js takes ownership of the buffer it is given, so it gets a copy.
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    const pages = await extractText(pdf, { mergePages: false });
    text = closeCjkGaps(pages.text.join('\n\n'));
    const info = (await pdf.getMetadata()).info as Record<string, unknown>;
    if (typeof info.Title === 'string' && info.Title.trim() && !USELESS_TITLE.test(info.Title.trim())) title = info.Title.trim();
    await pdf.destroy();
  } catch (error) {
    return { ok: false, error: { code: 'corrupt', message: `not a readable PDF: ${(error as Error).message}` } };
  }
  if (!text.trim()) return { ok: false, error: { code: 'empty', message: 'the PDF has no text layer (a scan?)' } };
  return assembleArticle(cleanScrape(text, { title }), { format: 'pdf', encoding: 'binary', raw: text, fileName });
}
