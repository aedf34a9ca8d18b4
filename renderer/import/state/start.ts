import { api } from '../../platform';
import { dataChanged } from '../../state/app';
import { useNav } from '../../state/nav';
import { toast, useToasts } from '../../state/toasts';
import { tIn } from '../../i18n/t';
import { isCitationFile } from '../lib/citation-files';
import type { Picked } from '../lib/pick-files';
import { readAsBase64 } from '../lib/read-file';
import { useBundle } from './bundle';
import { useCitationImport } from './citations';
import { isTableName, useTable } from './table';
import { isRunning, useImportRun } from './run';
import { useImportUi } from './ui';

/**
 * Every way in (file chooser, folder chooser, drop, native dialog) ends here:
 * the dialog opens on the progress bar and the run starts.
 */
export async function startImport(picked: Picked | null): Promise<void> {
  if (!picked) return;
  const run = useImportRun.getState();
  if (isRunning(run.phase)) {
    useImportUi.getState().setOpen(true);
    toast(tIn('import')('busy'));
    return;
  }
  if (picked.kind === 'files' && !picked.files.length) {
    toast(tIn('import')('nothing'));
    return;
  }
  // A bundle dropped on the window goes to its preview, not to the article importer.
  if (picked.kind === 'files' && picked.files.length === 1 && picked.files[0].name.toLowerCase().endsWith('.chainline')) {
    const [{ name, file }] = picked.files;
    useImportUi.getState().setOpen(true);
    await useBundle.getState().open({ name, base64: await readAsBase64(file) });
    return;
  }
  // So does a table of records: to its mapping step.
  if (picked.kind === 'files' && picked.files.length === 1 && isTableName(picked.files[0].name)) {
    const [{ name, file }] = picked.files;
    useImportUi.getState().setOpen(true);
    await useTable.getState().open({ name, base64: await readAsBase64(file) });
    return;
  }
  useImportUi.getState().setFilter('all');
  useImportUi.getState().setOpen(true);
  if (picked.kind === 'files') {
    // Reference managers' exports (.json, .ris, .bib) have an importer of their own; the rest are articles.
    const cites = picked.files.filter((f) => isCitationFile(f.name));
    const articles = picked.files.filter((f) => !isCitationFile(f.name));
    if (cites.length) await useCitationImport.getState().importFiles(cites);
    if (articles.length) await run.importFiles(articles);
    return;
  }
  await run.importPaths(picked.paths);
}

/** Pasted text becomes one source, opened straight away (a duplicate opens the copy already stored). */
export async function importPasted(text: string): Promise<boolean> {
  if (!text.trim()) return false;
  const r = await api.imports.text({ text, name: tIn('import')('pasted') });
  const title = r.title ?? '';
  if (r.status === 'failed') {
    useToasts.getState().show({ kind: 'error', message: tIn('import')('pastedFailed', { reason: r.error ?? '' }) });
    return false;
  }
  if (r.status === 'imported') dataChanged();
  toast(tIn('import')(r.status === 'imported' ? 'pastedDone' : 'pastedDuplicate', { title }));
  const id = r.sourceId ?? r.duplicateOf;
  useImportUi.getState().setOpen(false);
  if (id) useNav.getState().go({ screen: 'sources', id });
  return true;
}
