import { AppError } from '../api/errors';
import { ApiError } from '../api/client';
import { parse, UsageError } from './args';
import type { Command } from './command';
import { add } from './commands/add';
import { backup, backups, restore } from './commands/backups';
import { check, recover } from './commands/check';
import { demo } from './commands/demo';
import { exportData } from './commands/export';
import { exportPdf } from './commands/export-pdf';
import { history } from './commands/history';
import { importCmd } from './commands/import';
import { init } from './commands/init';
import { list } from './commands/list';
import { reclean } from './commands/reclean';
import { search } from './commands/search';
import { serve } from './commands/serve';
import { translateSqliteError } from '../db/health';
import { defaultDbPath } from './paths';

const COMMANDS: Command[] = [init, demo, add, history, importCmd, list, search, reclean, serve, exportData, exportPdf, check, recover, backup, backups, restore];

function help(): string {
  return [
    'usage: chainline [--db FILE] [--json] COMMAND [options]',
    '',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(11)} ${c.summary}`),
    '',
    `--db FILE   the database (default: ${defaultDbPath()}; or set CHAINLINE_DB)`,
    '--json      machine-readable output',
    "run 'chainline COMMAND --help' for a command's options",
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const at = argv.findIndex((a) => !a.startsWith('-') && !['--db'].includes(argv[argv.indexOf(a) - 1] ?? ''));
  const name = at >= 0 ? argv[at] : undefined;
  const command = COMMANDS.find((c) => c.name === name);
  let dbPath = defaultDbPath();
  try {
    if (!command) {
      if (name) throw new UsageError(`unknown command: ${name}`);
      console.log(help());
      return argv.some((a) => a === '--help' || a === '-h') ? 0 : 2;
    }
    const { values, positionals } = parse([...argv.slice(0, at), ...argv.slice(at + 1)], command.options);
    if (values.help) {
      console.log(`usage: ${command.usage}\n${command.summary}`);
      return 0;
    }
    dbPath = (values.db as string | undefined) ?? dbPath;
    await command.run({ positionals, values, dbPath, json: values.json === true });
    return 0;
  } catch (caught) {
    // SQLite's failures (a full disk, a read-only or damaged file) in plain words, without a stack.
    const err = translateSqliteError(caught, dbPath);
    const e = err as Error;
    if (err instanceof UsageError) {
      console.error(`chainline: ${e.message}\n${command ? `usage: ${command.usage}` : help()}`);
      return 2;
    }
    const known = err instanceof AppError || err instanceof ApiError || (e as NodeJS.ErrnoException).code === 'ENOENT';
    console.error(`chainline: error: ${e.message.split('\n')[0]}`);
    if (!known && process.env.CHAINLINE_DEBUG) console.error(e.stack);
    return 1;
  }
}

