import { DropOverlay } from './DropOverlay';
import { ImportDialog } from './ImportDialog';
import { useImportKeys } from './useImportKeys';
import { useWindowDrop } from './useWindowDrop';
import './import.css';

/** Mounted once beside the screens: the import dialog, the drop target covering the window, and the import keys. */
export function ImportHost() {
  useWindowDrop();
  useImportKeys();
  return (
    <>
      <ImportDialog />
      <DropOverlay />
    </>
  );
}
