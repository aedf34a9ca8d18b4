import { fromFolder, IMPORTABLE, type NamedFile } from './importable';

/** Files read in the page (sent base64 to imports.files), or paths on this machine (read by the back end via imports.paths). */
export type Picked = { kind: 'files'; files: NamedFile[] } | { kind: 'paths'; paths: string[] };

/**
 * Asks the user for files or a folder; null when they cancel. This is the one
 * seam for the Electron shell: native dialogs there return paths, which skip
 * the base64 round trip. The browser version below works in both shells.
 */
export async function pickFiles(mode: 'files' | 'folder'): Promise<Picked | null> {
  const shell = window.chainline?.shell;
  if (!shell) return pickInPage(mode);
  // Electron: the native dialog returns paths; the main process reads them (and only them: it remembers what was picked).
  const paths = await shell.pickImportPaths({ mode });
  return paths && paths.length ? { kind: 'paths', paths } : null;
}

let open: HTMLInputElement | null = null;

function pickInPage(mode: 'files' | 'folder'): Promise<Picked | null> {
  open?.remove();
  const input = document.createElement('input');
  input.type = 'file';
  input.multiple = true;
  input.id = mode === 'folder' ? 'import-folder-input' : 'import-files-input';
  if (mode === 'folder') input.webkitdirectory = true;
  else input.accept = IMPORTABLE.join(',');
  input.className = 'sr-only';
  input.tabIndex = -1;
  input.setAttribute('aria-hidden', 'true');
  // Attached while the chooser is open: some browsers drop events of detached inputs.
  document.body.append(input);
  open = input;
  const done = new Promise<Picked | null>((resolve) => {
    const finish = (picked: Picked | null) => {
      input.remove();
      if (open === input) open = null;
      resolve(picked);
    };
    input.addEventListener('cancel', () => finish(null), { once: true });
    // The browser builds the FileList (a File per chosen file: slow for thousands)
    // in the task that fires change; our work goes in a task of its own.
    input.addEventListener('change', () => setTimeout(chosen), { once: true });
    const chosen = () => {
      const files = Array.from(input.files ?? []);
      if (!files.length) return finish(null);
      if (mode === 'folder') finish({ kind: 'files', files: fromFolder(files.map((file) => ({ name: file.webkitRelativePath || file.name, file }))) });
      else finish({ kind: 'files', files: files.map((file) => ({ name: file.name, file })) });
    };
  });
  // Must run inside the click that asked for it: browsers open choosers only on a user gesture.
  input.click();
  return done;
}
