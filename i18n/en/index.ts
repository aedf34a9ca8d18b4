import type { Catalogue } from '../types';
import { app } from './app';
import { backups } from './backups';
import { common } from './common';
import { importing } from './import';
import { print } from './print';
import { shell } from './shell';
import { timeline } from './timeline';

export const en: Catalogue = { common, app, import: importing, timeline, print, shell, backups };
