// npm run rebuild:electron — better-sqlite3 built for Electron's ABI, placed
// beside the Electron main bundle (dist/electron/node_modules), where
// dist/electron/main.cjs finds it before the project's node_modules. The
// project's own node_modules/better-sqlite3 (the Node build `npm test` and the
// CLI use) is never touched, so there is nothing to switch back.
//
//   node electron/tools/sqlite-for-electron.mjs           build if missing or stale
//   node electron/tools/sqlite-for-electron.mjs --force   build again
//   node electron/tools/sqlite-for-electron.mjs --check   exit 0 if current, 1 if not
//   node electron/tools/sqlite-for-electron.mjs --node    same layout for this Node (checks the
//                                                          layout where Electron headers cannot be fetched)
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const require = createRequire(path.join(root, 'package.json'));
const args = new Set(process.argv.slice(2));
const forNode = args.has('--node');

const pkg = (name) => JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8'));
const electronVersion = pkg('electron').version;
const sqliteVersion = pkg('better-sqlite3').version;
const target = forNode
  ? { runtime: 'node', version: process.versions.node, platform: process.platform, arch: process.arch }
  : { runtime: 'electron', version: electronVersion, platform: process.platform, arch: process.arch };

const work = path.join(root, 'dist', 'electron-native');
const out = path.join(root, 'dist', 'electron', 'node_modules');
const stampFile = path.join(out, '.chainline-native.json');
const stamp = { ...target, betterSqlite3: sqliteVersion };

const current = () => {
  try {
    return JSON.stringify(JSON.parse(readFileSync(stampFile, 'utf8'))) === JSON.stringify(stamp);
  } catch {
    return false;
  }
};

if (args.has('--check')) process.exit(current() ? 0 : 1);
if (current() && !args.has('--force')) {
  console.log(`better-sqlite3 ${sqliteVersion} for ${target.runtime} ${target.version} is already in ${path.relative(root, out)}`);
  process.exit(0);
}

// A throw-away project holding a copy of the package (sources, no build), so
// the compiler writes there and nowhere else.
rmSync(work, { recursive: true, force: true });
const workPkg = path.join(work, 'node_modules', 'better-sqlite3');
mkdirSync(path.dirname(workPkg), { recursive: true });
writeFileSync(path.join(work, 'package.json'), JSON.stringify({ name: 'chainline-native', private: true, dependencies: { 'better-sqlite3': sqliteVersion } }));
cpSync(path.join(root, 'node_modules', 'better-sqlite3'), workPkg, {
  recursive: true,
  filter: (src) => !src.startsWith(path.join(root, 'node_modules', 'better-sqlite3', 'build')),
});

console.log(`building better-sqlite3 ${sqliteVersion} for ${target.runtime} ${target.version} (${target.platform}-${target.arch})…`);
if (forNode) {
  // npm passes its nodedir setting on to scripts; node-gyp would download headers otherwise.
  const nodedir = process.env.npm_config_nodedir ? [`--nodedir=${process.env.npm_config_nodedir}`] : [];
  execFileSync(process.execPath, [require.resolve('node-gyp/bin/node-gyp.js'), 'rebuild', '--release', ...nodedir], { cwd: workPkg, stdio: 'inherit' });
} else {
  const { rebuild } = await import('@electron/rebuild');
  // projectRootPath = the work folder: the module walker must not wander up into the project's node_modules.
  await rebuild({ buildPath: work, projectRootPath: work, electronVersion, arch: target.arch, force: true, onlyModules: ['better-sqlite3'] });
}

// What runs: the package's JavaScript, the one compiled module, and bindings
// (which finds the module from the package root) with its one dependency.
const built = path.join(workPkg, 'build', 'Release', 'better_sqlite3.node');
if (!existsSync(built)) throw new Error(`the build produced no ${path.relative(root, built)}`);
rmSync(out, { recursive: true, force: true });
const dest = path.join(out, 'better-sqlite3');
mkdirSync(path.join(dest, 'build', 'Release'), { recursive: true });
cpSync(path.join(workPkg, 'package.json'), path.join(dest, 'package.json'));
cpSync(path.join(workPkg, 'LICENSE'), path.join(dest, 'LICENSE'));
cpSync(path.join(workPkg, 'lib'), path.join(dest, 'lib'), { recursive: true });
cpSync(built, path.join(dest, 'build', 'Release', 'better_sqlite3.node'));
for (const dep of ['bindings', 'file-uri-to-path']) cpSync(path.join(root, 'node_modules', dep), path.join(out, dep), { recursive: true });
writeFileSync(stampFile, `${JSON.stringify(stamp, null, 2)}\n`);
rmSync(work, { recursive: true, force: true });
console.log(`better-sqlite3 for ${target.runtime} ${target.version} is in ${path.relative(root, out)}`);
