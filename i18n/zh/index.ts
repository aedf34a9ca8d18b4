import { app } from './app';
import { backups } from './backups';
import { common } from './common';
import { importing } from './import';
import { print } from './print';
import { shell } from './shell';
import { timeline } from './timeline';

/** The reference catalogue: every other language has exactly these namespaces and keys. */
export const zh = { common, app, import: importing, timeline, print, shell, backups };
