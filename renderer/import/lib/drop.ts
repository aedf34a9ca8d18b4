import { dragHasFiles, readDrop } from '../../platform/dropped-files';
import { fromFolder, type NamedFile } from './importable';

export { dragHasFiles };

/** The files of a drop: loose files all, and of dropped folders the importable files only (see fromFolder). */
export function filesOfDrop(dt: DataTransfer): Promise<NamedFile[]> {
  return readDrop(dt).then(({ loose, inFolders }) => [...loose, ...fromFolder(inFolders)]);
}
