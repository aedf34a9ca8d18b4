import { readAsBase64 } from '../import/lib/read-file';
import type { NamedFile, Picked } from './types';

let open: HTMLInputElement | null = null;

/**
 * A file or folder chooser inside the page (browser mode). Folder picks name
 * each file by its path inside the folder; which of them to keep is the
 * caller's business.
 */
export function pickInPage(mode: 'files' | 'folder', accept: readonly string[]): Promise<Picked | null> {
  open?.remove();
  const input = document.createElement('input');
  input.type = 'file';
  input.multiple = true;
  input.id = mode === 'folder' ? 'import-folder-input' : 'import-files-input';
  if (mode === 'folder') input.webkitdirectory = true;
  else input.accept = accept.join(',');
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
      const named: NamedFile[] = files.map((file) => ({ name: (mode === 'folder' && file.webkitRelativePath) || file.name, file }));
      finish({ kind: 'files', files: named });
    };
  });
  // Must run inside the click that asked for it: browsers open choosers only on a user gesture.
  input.click();
  return done;
}

/** Files chosen in the page's own chooser (both hosts use it for files whose bytes go to the contract); null when cancelled. */
export async function chooseFilesInPage(accept: readonly string[]): Promise<NamedFile[] | null> {
  const picked = await pickInPage('files', accept);
  return picked?.kind === 'files' ? picked.files : null;
}

/** One file chosen in the page and read as base64 (the first, if several were chosen). */
export async function readOneInPage(accept: readonly string[]): Promise<{ name: string; base64: string } | null> {
  const first = (await chooseFilesInPage(accept))?.[0];
  return first ? { name: first.name, base64: await readAsBase64(first.file) } : null;
}
