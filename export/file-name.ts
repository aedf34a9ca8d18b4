import path from 'node:path';
import { DATA_FORMAT_FILES, type DataFormat, type PrintView } from '../api/contract/export';
import { fixedT } from '../i18n';

/** A file name for the save dialog or download: the title (or the default in the report's language) and today's date, safe on every OS. */
export function suggestedFileName(view: Pick<PrintView, 'title' | 'lang'>, today = new Date()): string {
  const fallback = fixedT(view.lang ?? 'zh', 'print')('fileName');
  const base = (view.title?.trim() || fallback).replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80);
  return `${base} ${today.toISOString().slice(0, 10)}.pdf`;
}

/** "<database name> <date>.<ext>" for a data export, safe on every OS. */
export function dataFileName(dbFile: string, format: DataFormat, today = new Date()): string {
  const base = path.basename(dbFile).replace(/\.(db|sqlite3?)$/i, '').replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').trim() || 'chainline';
  return `${base} ${today.toISOString().slice(0, 10)}.${DATA_FORMAT_FILES[format].ext}`;
}
