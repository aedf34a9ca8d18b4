import { createReadStream, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json' };

/**
 * Serves the vis-timeline peer page (bench/page), vis-timeline's standalone
 * build from node_modules (/vis/…) and the items (/data.json) on 127.0.0.1.
 */
export async function servePeer(dataFile: string): Promise<{ url: string; close(): Promise<void> }> {
  const routes: [string, string][] = [
    ['/vis/', path.join(ROOT, 'node_modules', 'vis-timeline', 'standalone', 'umd')],
    ['/', path.join(ROOT, 'bench', 'page')],
  ];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let file: string | null = url.pathname === '/data.json' ? dataFile : null;
    for (const [prefix, dir] of routes) {
      if (file || !url.pathname.startsWith(prefix)) continue;
      const candidate = path.join(dir, path.normalize(url.pathname.slice(prefix.length)));
      if (candidate.startsWith(dir)) file = candidate;
    }
    if (!file || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
