import { useEffect } from 'react';
import { run } from '../lib/run';
import { dragHasFiles, filesOfDrop } from './lib/drop';
import { startImport } from './state/start';
import { useImportUi } from './state/ui';

/**
 * Files or folders dropped anywhere on the window are imported. Preventing the
 * default also keeps Electron from navigating the window to a dropped file.
 */
export function useWindowDrop() {
  useEffect(() => {
    // dragenter/dragleave fire for every child crossed: count them to know when the drag really left.
    let depth = 0;
    const ui = () => useImportUi.getState();
    const onEnter = (e: DragEvent) => {
      if (!dragHasFiles(e.dataTransfer)) return;
      e.preventDefault();
      depth++;
      ui().setDragging(true);
    };
    const onOver = (e: DragEvent) => {
      if (!dragHasFiles(e.dataTransfer)) return;
      e.preventDefault();
      e.dataTransfer!.dropEffect = 'copy';
    };
    const onLeave = (e: DragEvent) => {
      if (!dragHasFiles(e.dataTransfer)) return;
      depth = Math.max(0, depth - 1);
      if (!depth) ui().setDragging(false);
    };
    const onDrop = (e: DragEvent) => {
      depth = 0;
      ui().setDragging(false);
      if (!dragHasFiles(e.dataTransfer)) return;
      e.preventDefault();
      const files = filesOfDrop(e.dataTransfer!);
      run(async () => startImport({ kind: 'files', files: await files }));
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
}
