import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Where Electron's app.getPath('userData') puts Chainline's data, so the CLI and the app share one database. */
export function userDataDir(env = process.env, platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Chainline');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Chainline');
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), 'Chainline');
}

export function defaultDbPath(env = process.env): string {
  return env.CHAINLINE_DB || path.join(userDataDir(env), 'chainline.db');
}

/** The checkout: the first folder up with a package.json, from cli/ (source) or dist/cli/ (the bundle). */
export const repoRoot = (function up(dir: string): string {
  return existsSync(path.join(dir, 'package.json')) || path.dirname(dir) === dir ? dir : up(path.dirname(dir));
})(path.resolve(import.meta.dirname, '..'));
export const rendererDir = path.join(repoRoot, 'dist', 'renderer');
