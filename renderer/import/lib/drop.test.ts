import assert from 'node:assert/strict';
import { test } from 'node:test';
import { filesOfDrop } from './drop';

// Just enough of the File and Directory Entries API to drive the walk in Node.
type Entry = { isFile: boolean; isDirectory: boolean; fullPath: string; file?(ok: (f: File) => void): void; createReader?(): { readEntries(ok: (e: Entry[]) => void): void } };

const fileEntry = (fullPath: string): Entry => ({ isFile: true, isDirectory: false, fullPath, file: (ok) => ok(new File(['x'], fullPath.split('/').pop()!)) });
/** Hands its children out two at a time, as Chromium does in chunks of 100. */
const dirEntry = (fullPath: string, children: Entry[]): Entry => ({
  isFile: false,
  isDirectory: true,
  fullPath,
  createReader: () => {
    let at = 0;
    return { readEntries: (ok) => ok(children.slice(at, (at += 2))) };
  },
});

function transfer(items: { entry: Entry | null; file?: File }[]): DataTransfer {
  return {
    items: items.map((i) => ({ kind: 'file', webkitGetAsEntry: () => i.entry, getAsFile: () => i.file ?? null })),
  } as unknown as DataTransfer;
}

test('dropped folders are walked to the end of every chunked listing, keeping article files with their paths', async () => {
  const folder = dirEntry('/新闻', [
    fileEntry('/新闻/a.txt'),
    fileEntry('/新闻/.DS_Store'),
    dirEntry('/新闻/二月', [fileEntry('/新闻/二月/b.html'), fileEntry('/新闻/二月/c.docx'), fileEntry('/新闻/二月/photo.jpg')]),
    fileEntry('/新闻/d.md'),
  ]);
  const loose = new File(['y'], 'notes.bin');
  const files = await filesOfDrop(transfer([{ entry: folder }, { entry: null, file: loose }]));
  // A file dropped on its own is always sent (and reported if it is no article); folders keep only articles.
  assert.deepEqual(files.map((f) => f.name), ['notes.bin', '新闻/a.txt', '新闻/d.md', '新闻/二月/b.html', '新闻/二月/c.docx']);
});
