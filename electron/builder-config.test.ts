import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import type { Configuration } from 'electron-builder';

// electron-builder.yml read by electron-builder's own loader and checked
// against its own schema (the one `npm run dist` applies), then our choices.

const root = path.resolve(import.meta.dirname, '..');
let config: Configuration;

before(async () => {
  config = await getConfig(root, path.join(root, 'electron-builder.yml'), null);
  await validateConfiguration(config, new DebugLogger(false));
});

describe('packaging: electron-builder.yml', () => {
  it('flips the fuses: no RunAsNode, NODE_OPTIONS or --inspect; ASAR integrity on and the app only from the ASAR', () => {
    const f = config.electronFuses!;
    assert.equal(f.runAsNode, false);
    assert.equal(f.enableNodeOptionsEnvironmentVariable, false);
    assert.equal(f.enableNodeCliInspectArguments, false);
    assert.equal(f.enableEmbeddedAsarIntegrityValidation, true);
    assert.equal(f.onlyLoadAppFromAsar, true);
    assert.equal(f.grantFileProtocolExtraPrivileges, false, 'pages come from chainline://, not file://');
  });

  it('builds AppImage and deb, NSIS, and dmg', () => {
    assert.deepEqual(config.linux?.target, ['AppImage', 'deb']);
    assert.deepEqual(config.win?.target, ['nsis']);
    assert.deepEqual(config.mac?.target, ['dmg']);
    assert.equal(config.nsis?.oneClick, false, 'the user chooses where it goes');
  });

  it('ships the bundles only, with better-sqlite3\'s native module unpacked from the ASAR', () => {
    assert.equal(config.asar, true);
    assert.ok((config.asarUnpack as string[]).includes('**/*.node'));
    // The loader normalises the list into file sets.
    const files = (config.files as unknown as (string | { filter: string[] })[]).flatMap((f) => (typeof f === 'string' ? [f] : f.filter));
    for (const wanted of ['package.json', 'dist/electron/**', 'dist/renderer/**', '!node_modules/**', '!**/*.map']) assert.ok(files.includes(wanted), wanted);
    assert.equal(config.npmRebuild, false, 'electron-builder must not rebuild the project\'s Node build in place');
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    assert.equal(pkg.main, 'dist/electron/main.cjs');
    assert.equal(config.productName, 'Chainline', 'userData is …/Chainline, the folder the CLI uses too');
  });

  it('has the icons it names: a 512×512 PNG, a Windows ICO with 256 px, a macOS ICNS, all small', () => {
    const png = readFileSync(path.join(root, config.linux!.icon as string));
    assert.equal(png.subarray(1, 4).toString(), 'PNG');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [512, 512]);
    const ico = readFileSync(path.join(root, config.win!.icon as string));
    assert.deepEqual([ico.readUInt16LE(0), ico.readUInt16LE(2)], [0, 1], 'ICO header');
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + i * 16] || 256);
    assert.ok(sizes.includes(256) && sizes.includes(16), String(sizes));
    const icns = readFileSync(path.join(root, config.mac!.icon as string));
    assert.equal(icns.subarray(0, 4).toString(), 'icns');
    for (const f of ['icon.svg', 'icon.png', 'icon.ico', 'icon.icns']) assert.ok(statSync(path.join(root, 'assets', f)).size < 200_000, f);
  });
});
