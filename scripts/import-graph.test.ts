import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { cycles, importGraph, importsOf, type Edge } from './import-graph';

// The layering of docs/ARCHITECTURE.md, enforced on the import statements of
// every .ts/.tsx file. `import type` counts like any import: a type from a
// folder is still a dependency on it (the renderer's types from
// electron/shared are the one exception).

const root = path.resolve(import.meta.dirname, '..');

type Zone =
  | 'api' | 'import' | 'i18n' | 'db' | 'export' | 'server' | 'host' | 'cli'
  | 'electron/main' | 'electron/preload' | 'electron/shared' | 'renderer' | 'tools';

const BOTTOM: Zone[] = ['api', 'import', 'i18n'];

/** What each folder may import besides itself. */
const MAY_IMPORT: Record<Zone, Zone[]> = {
  api: [],
  import: [],
  i18n: [],
  db: BOTTOM,
  export: ['db', ...BOTTOM],
  server: ['db', ...BOTTOM],
  host: ['export', 'server', 'db', ...BOTTOM],
  cli: ['host', 'export', 'server', 'db', ...BOTTOM],
  'electron/main': ['electron/shared', 'host', 'export', 'server', 'db', ...BOTTOM],
  // Bundled into the sandboxed preload: nothing that needs Node.
  'electron/preload': ['electron/shared', 'api', 'i18n'],
  'electron/shared': BOTTOM,
  renderer: ['api', 'i18n'],
  tools: ['api', 'import', 'i18n', 'db', 'export', 'server', 'host', 'cli', 'electron/main', 'electron/preload', 'electron/shared', 'renderer'],
};

/** Types only: the renderer may know the shape of what the shell sends, never its code. */
const MAY_IMPORT_TYPES: Partial<Record<Zone, Zone[]>> = { renderer: ['electron/shared'] };

/** Inside db/: queries below services, services below the contract handlers (tests may set data up through services). */
const DB_BELOW: [from: string, mayNotImport: string[]][] = [
  ['db/queries/', ['db/services/', 'db/handlers/']],
  ['db/services/', ['db/handlers/']],
  ['db/text/', ['db/queries/', 'db/services/', 'db/handlers/']],
];

/** Single arrows allowed outside the layering, each with its reason. */
const ALLOWED: { from: RegExp; to: RegExp; typeOnly?: boolean; why: string }[] = [
  { from: /\.test\.tsx?$/, to: /^db\/test-helpers\.ts$/, why: 'tests of any folder may use the shared database fixture' },
  { from: /^db\/seed\/seed-data\.test\.ts$/, to: /^scripts\/gen-regions\.ts$/, why: 'the seed data is checked against its generator' },
  { from: /^renderer\//, to: /^import\/types\.ts$/, typeOnly: true, why: 'the shapes of import suggestions, which the contract carries as data' },
];

function zoneOf(file: string): Zone {
  const [top, second] = file.split('/');
  if (top === 'electron') {
    if (second === 'main' || second === 'preload' || second === 'shared') return `electron/${second}`;
    return 'tools'; // electron/tools and the builder config test
  }
  if (['api', 'import', 'i18n', 'db', 'export', 'server', 'host', 'cli', 'renderer'].includes(top)) return top as Zone;
  return 'tools'; // e2e/, bench/, scripts/ and root config files: nothing below may import them
}

function violation(e: Edge): string | null {
  const from = zoneOf(e.from);
  const to = zoneOf(e.to);
  if (ALLOWED.some((a) => a.from.test(e.from) && a.to.test(e.to) && (!a.typeOnly || e.typeOnly))) return null;
  for (const [prefix, banned] of DB_BELOW) {
    if (e.from.startsWith(prefix) && !/\.test\.tsx?$/.test(e.from) && banned.some((b) => e.to.startsWith(b))) return `${prefix} may not import ${e.to}`;
  }
  if (from === to) return null;
  if (MAY_IMPORT[from].includes(to)) return null;
  if (e.typeOnly && MAY_IMPORT_TYPES[from]?.includes(to)) return null;
  return `${from}/ may not import ${to}/${e.typeOnly ? ' (even types)' : ''}`;
}

const graph = importGraph(root);

describe('import graph', () => {
  it('reads every kind of import statement', () => {
    const found = importsOf(
      [
        "import a from './a';",
        "import type { B } from '../b';",
        "import { type C, type D } from './cd';",
        "import { e, type F } from './ef';",
        "export { g } from './g';",
        "export * from './h';",
        "import './side-effect.css';",
        `const j = await ${'import'}('./j');`,
        'import {\n  k,\n  l,\n} from "./kl";',
        "export const m = 1; const from = 'x'; // from './not-an-import'",
      ].join('\n'),
    );
    assert.deepEqual(found, [
      { spec: './a', typeOnly: false },
      { spec: '../b', typeOnly: true },
      { spec: './cd', typeOnly: true },
      { spec: './ef', typeOnly: false },
      { spec: './g', typeOnly: false },
      { spec: './h', typeOnly: false },
      { spec: './kl', typeOnly: false },
      { spec: './side-effect.css', typeOnly: false },
      { spec: './j', typeOnly: false },
    ]);
  });

  it('finds the project files', () => {
    assert.ok(graph.files.includes('api/dispatch.ts') && graph.files.includes('renderer/App.tsx'));
    assert.ok(graph.edges.length > 500, `${graph.edges.length} edges`);
    assert.deepEqual(graph.unresolved, [], 'relative imports that name no file');
  });

  it('follows the layering: every arrow points down', () => {
    const bad = graph.edges.flatMap((e) => {
      const why = violation(e);
      return why ? [`${e.from} → ${e.to}: ${why}`] : [];
    });
    assert.deepEqual(bad, []);
  });

  it('has no cycle between files', () => {
    assert.deepEqual(cycles(graph.files, graph.edges), []);
  });

  it('every allowance is still needed', () => {
    for (const a of ALLOWED) assert.ok(graph.edges.some((e) => a.from.test(e.from) && a.to.test(e.to)), `unused allowance: ${a.why}`);
  });
});
