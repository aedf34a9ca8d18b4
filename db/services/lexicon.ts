import type { Lexicon } from '../../import';
import type { Db } from '../connection';
import { getTree, type Tree } from '../queries/tree-cache';

// The import library indexes a Lexicon once per object, so we hand it the same
// object for as long as the trees are unchanged (the tree cache is rebuilt on edits).
const lexicons = new WeakMap<Tree, WeakMap<Tree, Lexicon>>();

const entries = (t: Tree) => [...t.nodes.values()].map((n) => ({ id: n.id, name: n.name, aliases: n.aliases, level: n.level, parentId: n.parentId }));

export function lexiconOf(db: Db): Lexicon {
  const regions = getTree(db, 'regions');
  const chains = getTree(db, 'chains');
  let inner = lexicons.get(regions);
  if (!inner) lexicons.set(regions, (inner = new WeakMap()));
  let lex = inner.get(chains);
  if (!lex) inner.set(chains, (lex = { regions: entries(regions), chains: entries(chains) }));
  return lex;
}
