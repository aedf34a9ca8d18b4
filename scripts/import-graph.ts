import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

// The project's import graph, read from the source text: every .ts/.tsx file
// and the project files it imports (static, re-exported, side-effect and
// dynamic imports alike; packages are left out).

export interface Edge {
  from: string;
  to: string;
  /** `import type`/`export type`, or every named import marked `type`: erased at build time. */
  typeOnly: boolean;
}

const SKIP = new Set(['node_modules', 'dist', '.git', 'test-results', '.tmp', 'playwright-report']);

export function sourceFiles(root: string): string[] {
  const files: string[] = [];
  (function walk(dir: string) {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) {
        if (!SKIP.has(e.name) && !e.name.startsWith('.')) walk(path.join(dir, e.name));
      } else if (/\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts')) files.push(path.relative(root, path.join(dir, e.name)).split(path.sep).join('/'));
    }
  })(root);
  return files.sort();
}

// Clauses are limited to what an import list may contain, so a match never runs on into the next statement.
const STATIC = /^\s*(import|export)\s+(type\s+)?([\w$*{}\s,]*?)\s*from\s*['"]([^'"]+)['"]/gm;
const BARE = /^\s*import\s+['"]([^'"]+)['"]/gm;
const DYNAMIC = /\bimport\(\s*['"`]([^'"`$]+)['"`]\s*\)/g;

function allTypes(clause: string): boolean {
  const braces = /^\{([\s\S]*)\}$/.exec(clause.trim());
  if (!braces) return false;
  const names = braces[1].split(',').map((s) => s.trim()).filter(Boolean);
  return names.length > 0 && names.every((n) => n.startsWith('type '));
}

/** The imports of one file's text: specifier and whether only types come through. */
export function importsOf(text: string): { spec: string; typeOnly: boolean }[] {
  const out: { spec: string; typeOnly: boolean }[] = [];
  for (const m of text.matchAll(STATIC)) out.push({ spec: m[4], typeOnly: Boolean(m[2]) || allTypes(m[3]) });
  for (const m of text.matchAll(BARE)) out.push({ spec: m[1], typeOnly: false });
  for (const m of text.matchAll(DYNAMIC)) out.push({ spec: m[1], typeOnly: false });
  return out;
}

const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

function resolve(root: string, from: string, spec: string): string | null {
  const base = path.resolve(root, path.dirname(from), spec);
  for (const ext of EXTENSIONS) {
    const file = base + ext;
    if (existsSync(file) && statSync(file).isFile()) return path.relative(root, file).split(path.sep).join('/');
  }
  return null;
}

/** Every project-internal import edge, and the relative imports that name no file. */
export function importGraph(root: string): { files: string[]; edges: Edge[]; unresolved: string[] } {
  const files = sourceFiles(root);
  const edges: Edge[] = [];
  const unresolved: string[] = [];
  for (const from of files) {
    for (const { spec, typeOnly } of importsOf(readFileSync(path.join(root, from), 'utf8'))) {
      if (!spec.startsWith('.')) continue;
      const to = resolve(root, from, spec);
      if (!to) unresolved.push(`${from} → ${spec}`);
      else if (/\.tsx?$/.test(to)) edges.push({ from, to, typeOnly });
    }
  }
  return { files, edges, unresolved };
}

/** Groups of files that import each other round in a circle (Tarjan's strongly connected components). */
export function cycles(files: string[], edges: Edge[]): string[][] {
  const next = new Map<string, string[]>(files.map((f) => [f, []]));
  for (const e of edges) next.get(e.from)?.push(e.to);
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1 || (next.get(v) ?? []).includes(v)) found.push(group.sort());
    }
  };
  for (const f of files) if (!index.has(f)) visit(f);
  return found;
}
