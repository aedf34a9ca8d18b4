// Builds what the shells load: the renderer bundle (served by `chainline serve`
// and loaded by Electron from disk), the CLI bundle (bin/chainline runs it when
// it is current) and the Electron main and preload scripts. --web builds the
// first two only: what browser mode, the tests and the benchmark run.
import { build } from 'esbuild';
import { cpSync, mkdirSync, renameSync, rmSync, utimesSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const out = (p) => path.join(root, 'dist', p);
const webOnly = process.argv.includes('--web');

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

// The CLI (and so `chainline serve`) as one ESM bundle in dist/cli, with what
// its modules read from disk beside it (they look beside import.meta.dirname):
// migrations and schema.sql (db/schema.ts), the citation style, the parse
// worker (db/services/parse-pool.ts). From dist/cli the built renderer is
// ../renderer (export/renderer-dir.ts) and the checkout two folders up (cli/paths.ts).
{
  const started = new Date();
  const staging = out(`cli.build-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  const node = { bundle: true, platform: 'node', target: 'node20', logLevel: 'warning', sourcemap: 'linked' };
  await build({
    ...node,
    entryPoints: [path.join(root, 'cli', 'main.ts')],
    outfile: path.join(staging, 'chainline.mjs'),
    format: 'esm',
    // The native module stays a package; playwright-core is loaded by a computed name (export/chromium.ts).
    external: ['better-sqlite3', 'playwright-core'],
    // Bundled CommonJS packages require Node's built-ins, which an ES module can only do through createRequire.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  await build({ ...node, format: 'cjs', external: ['better-sqlite3'], entryPoints: [path.join(root, 'db', 'services', 'parse-worker.ts')], outfile: path.join(staging, 'parse-worker.cjs') });
  cpSync(path.join(root, 'db', 'migrations'), path.join(staging, 'migrations'), { recursive: true });
  cpSync(path.join(root, 'db', 'schema.sql'), path.join(staging, 'schema.sql'));
  cpSync(path.join(root, 'export', 'citations', 'gb-t-7714-2015.csl'), path.join(staging, 'gb-t-7714-2015.csl'));
  // bin/chainline trusts the bundle while it is newer than every source: dated
  // at the build's start, a source saved during the build still counts as newer.
  utimesSync(path.join(staging, 'chainline.mjs'), started, started);
  // Swapped in whole; between the two steps bin/chainline finds no bundle and runs the sources.
  rmSync(out('cli'), { recursive: true, force: true });
  renameSync(staging, out('cli'));
}

if (!webOnly) {
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
console.log('built dist/renderer, dist/cli' + (webOnly ? '' : ' and dist/electron'));
