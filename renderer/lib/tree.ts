import type { TreeNode } from '../../api/contract/taxonomy';

export interface TreeIndex {
  nodes: TreeNode[];
  byId: Map<string, TreeNode>;
  /** Children by parent id; roots under ''. */
  children: Map<string, TreeNode[]>;
  /** Records tagged with the node or anything under it (a record tagged twice counts twice). */
  subtreeCount: Map<string, number>;
}

export function indexTree(nodes: TreeNode[]): TreeIndex {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const children = new Map<string, TreeNode[]>();
  for (const n of nodes) {
    // A node whose parent is gone (trashed) shows at the top rather than vanishing.
    const key = n.parentId && byId.has(n.parentId) ? n.parentId : '';
    const list = children.get(key);
    if (list) list.push(n);
    else children.set(key, [n]);
  }
  const subtreeCount = new Map<string, number>();
  const count = (n: TreeNode): number => {
    const c = n.count + (children.get(n.id) ?? []).reduce((s, k) => s + count(k), 0);
    subtreeCount.set(n.id, c);
    return c;
  };
  (children.get('') ?? []).forEach(count);
  return { nodes, byId, children, subtreeCount };
}

/** Names from the root down to the node: ['河南省', '洛阳市']. */
export function pathOf(t: TreeIndex, id: string): TreeNode[] {
  const out: TreeNode[] = [];
  for (let n = t.byId.get(id); n && out.length < 10; n = n.parentId ? t.byId.get(n.parentId) : undefined) out.unshift(n);
  return out;
}

/** The node and everything under it. */
export function subtree(t: TreeIndex, id: string): Set<string> {
  const out = new Set<string>();
  const walk = (k: string) => {
    out.add(k);
    (t.children.get(k) ?? []).forEach((c) => walk(c.id));
  };
  walk(id);
  return out;
}

/** Nodes whose names match, plus their ancestors so the tree still reads as a tree. */
export function matching(t: TreeIndex, query: string): Set<string> | null {
  const q = query.trim().toLowerCase();
  if (!q) return null;
  const out = new Set<string>();
  for (const n of t.nodes) {
    const hit = n.name.toLowerCase().includes(q) || n.en.toLowerCase().includes(q) || n.aliases.some((a) => a.toLowerCase().includes(q)) || n.code === q;
    if (hit) pathOf(t, n.id).forEach((p) => out.add(p.id));
  }
  return out;
}

export const nodeLabel = (n: TreeNode, lang: 'zh' | 'en'): string => (lang === 'en' && n.en ? n.en : n.name);
