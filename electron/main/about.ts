import type { MessageBoxOptions } from 'electron';
import path from 'node:path';
import type { Strings } from './strings';

export interface Versions {
  version: string;
  electron: string;
  chrome: string;
  node: string;
}

/** The about box: the same on every OS (Windows has no native one), with the versions a bug report needs. */
export function aboutBox(s: Strings, v: Versions, database: string, icon?: MessageBoxOptions['icon']): MessageBoxOptions {
  return {
    type: 'info',
    title: s.menu.about.replace(/&/g, ''),
    message: `${s.appName} ${v.version}`,
    detail: s.message.aboutDetail({ ...v, database: path.basename(database) }),
    buttons: [s.dialog.ok],
    icon,
  };
}
