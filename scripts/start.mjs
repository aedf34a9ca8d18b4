// npm start: the Electron app where Electron can run; otherwise the same app in
// browser mode (chainline serve) opened in an installed Chromium or Chrome as
// an app window, or its URL printed, saying why.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createInterface } from 'node:readline';

const root = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const extra = process.argv.slice(2);

function electronBinary() {
  try {
    const bin = require('electron');
    if (typeof bin === 'string' && existsSync(bin)) return { bin };
    return { why: 'the Electron binary is not installed (its download needs the internet)' };
  } catch (err) {
    // require('electron') tries to download the binary on first use; offline that fails here.
    return { why: `the Electron binary is not installed and could not be downloaded (${err.message.split('\n')[0]})` };
  }
}

function tryElectron() {
  const { bin, why } = electronBinary();
  if (!bin) return why;
  // better-sqlite3 must match Electron's ABI: a separate build beside the main
  // bundle, made once (and again after an Electron upgrade); see README.
  const native = spawnSync(process.execPath, [path.join(root, 'electron', 'tools', 'sqlite-for-electron.mjs')], { stdio: 'inherit' });
  if (native.status !== 0) return 'better-sqlite3 could not be built for Electron (try npm run rebuild:electron)';
  // The project folder, not the bundle: Electron then takes the name (and so
  // the user data folder the CLI shares) and the entry point from package.json.
  const r = spawnSync(bin, [root, ...extra], { stdio: 'inherit' });
  if (r.error) return `Electron failed to start (${r.error.message})`;
  if (r.status !== 0) return `Electron exited with code ${r.status}`;
  process.exit(0);
}

function browser() {
  const candidates = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'];
  for (const c of candidates) {
    const found = c.includes('/') || c.includes('\\') ? (existsSync(c) ? c : null) : spawnSync('which', [c]).stdout?.toString().trim();
    if (found) return found;
  }
  return null;
}

const why = process.env.CHAINLINE_BROWSER ? 'CHAINLINE_BROWSER is set' : tryElectron();
console.log(`chainline: starting in browser mode: ${why}`);
const server = spawn(process.execPath, [path.join(root, 'bin', 'chainline'), ...extra, '--json', 'serve'], { stdio: ['ignore', 'pipe', 'inherit'] });
const line = await new Promise((resolve) => createInterface({ input: server.stdout }).once('line', resolve));
const { url, db } = JSON.parse(line);
console.log(`chainline: serving ${db}`);
const chrome = browser();
if (chrome && !process.env.CHAINLINE_NO_OPEN && process.env.DISPLAY !== undefined) {
  spawn(chrome, [`--app=${url}`, '--no-first-run'], { stdio: 'ignore', detached: true }).unref();
  console.log('chainline: opened in', chrome);
} else {
  console.log(`chainline: ${chrome ? 'no display to open a window on' : 'no Chromium or Chrome found'}; open this address in a browser:\n  ${url}`);
}
process.on('SIGINT', () => server.kill('SIGTERM'));
server.on('exit', (code) => process.exit(code ?? 0));
