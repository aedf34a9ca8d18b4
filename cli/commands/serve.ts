import { existsSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../api/errors';
import { startServer } from '../../server/http';
import { intOption } from '../args';
import type { Command } from '../command';
import { openSession } from '../context';
import { rendererDir } from '../paths';

export const serve: Command = {
  name: 'serve',
  usage: 'chainline serve [--port N] [--renderer DIR]',
  summary: 'serve the app to a browser on 127.0.0.1 (prints the URL with its access token)',
  options: { port: { type: 'string' }, renderer: { type: 'string' } },
  async run({ dbPath, json, values }) {
    const dir = path.resolve((values.renderer as string | undefined) ?? rendererDir);
    if (!existsSync(path.join(dir, 'index.html'))) throw new AppError('not-found', `no built renderer in ${dir}: run npm run build first`);
    const s = openSession(dbPath);
    const server = await startServer({ handlers: s.handlers, staticDir: dir, port: intOption(values.port, 'port') ?? 0 });
    const line = { url: server.openUrl, port: server.port, db: path.resolve(dbPath) };
    // One line a machine can read (tests and npm start wait for it), then a human one.
    console.log(json ? JSON.stringify(line) : `Chainline is serving ${line.db}\nopen ${server.openUrl}`);
    const stop = async () => {
      await server.close();
      s.close();
      process.exit(0);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    await new Promise(() => {});
  },
};
