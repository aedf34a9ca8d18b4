// Builds what the shells load: the renderer bundle (served by `chainline serve`
// and loaded by Electron from disk) and the Electron main and preload scripts.
import { build } from 'esbuild';
import { cpSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const out = (p) => path.join(root, 'dist', p);
const watchless = process.argv.includes('--renderer-only');

// Build beside the live folder and swap at the end, so a server already
// serving dist/renderer (another test run) never sees a half-written bundle.
const staging = out(`renderer.build-${process.pid}`);
rmSync(staging, { recursive: true, force: true });
mkdirSync(staging, { recursive: true });
for (const html of ['index.html']) cpSync(path.join(root, 'renderer', html), path.join(staging, html));
// The print page (PDF export) is a second entry beside the app.
cpSync(path.join(root, 'renderer', 'print', 'print.html'), path.join(staging, 'print.html'));

await build({
  entryPoints: { app: path.join(root, 'renderer', 'main.tsx'), print: path.join(root, 'renderer', 'print', 'main.tsx') },
  outdir: staging,
  bundle: true,
  format: 'esm',
  target: 'chrome120',
  minify: true,
  sourcemap: 'linked',
  jsx: 'automatic',
  loader: { '.woff2': 'file', '.woff': 'file', '.ttf': 'file', '.svg': 'file', '.png': 'file' },
  assetNames: 'assets/[name]-[hash]',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});

rmSync(out('renderer'), { recursive: true, force: true });
renameSync(staging, out('renderer'));

if (!watchless) {
  const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', external: ['electron', 'better-sqlite3'], logLevel: 'warning', sourcemap: 'linked' };
  // import.meta.resolve finds tsx for running the parse worker from source; the bundle's worker is built beside it.
  await build({ ...common, entryPoints: [path.join(root, 'electron', 'main', 'index.ts')], outfile: out('electron/main.cjs'),
    define: { 'import.meta.dirname': '__dirname', 'import.meta.resolve': 'String' } });
  await build({ ...common, entryPoints: [path.join(root, 'electron', 'preload', 'index.ts')], outfile: out('electron/preload.cjs') });
  // Imported files are parsed in a worker thread, which loads its own script (db/services/parse-pool.ts).
  await build({ ...common, entryPoints: [path.join(root, 'db', 'services', 'parse-worker.ts')], outfile: out('electron/parse-worker.cjs') });
  // Migrations are read from disk beside the main bundle (db/open.ts looks in ./migrations).
  cpSync(path.join(root, 'db', 'migrations'), out('electron/migrations'), { recursive: true });
  // The GB/T 7714 citation style is read from disk beside the main bundle too (export/citations/gbt7714.ts).
  cpSync(path.join(root, 'export', 'citations', 'gb-t-7714-2015.csl'), out('electron/gb-t-7714-2015.csl'));
}
console.log('built dist/renderer' + (watchless ? '' : ' and dist/electron'));
