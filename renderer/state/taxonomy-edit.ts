import i18next from 'i18next';
import type { TreeNode } from '../../api/contract/taxonomy';
import { api } from '../platform';
import { dataChanged } from './events';
import { useTaxonomy, type TreeName } from './taxonomy';
import { toast } from './toasts';

export interface NodeFields {
  id?: string;
  parentId: string | null;
  name: string;
  en: string;
  level: string;
  code?: string;
  /** Chains: synonyms; regions: short name first, then aliases. */
  aliases: string[];
}

// Edits to the chain and region trees. Each reloads the tree (counts and
// structure) and the records, whose chain and region columns may have changed.

async function after(tree: TreeName) {
  await useTaxonomy.getState().reloadTree(tree);
  dataChanged();
}

export async function saveNode(tree: TreeName, f: NodeFields): Promise<TreeNode> {
  const node =
    tree === 'chains'
      ? await api.taxonomy.saveChain({ id: f.id, parentId: f.parentId, name: f.name, en: f.en, level: f.level as 'chain', synonyms: f.aliases })
      : await api.taxonomy.saveRegion({ id: f.id, parentId: f.parentId, name: f.name, en: f.en, level: f.level as 'province', code: f.code || undefined, aliases: f.aliases });
  await after(tree);
  toast(i18next.t('toast.saved'));
  return node;
}

export async function mergeNodes(tree: TreeName, from: string, into: string): Promise<TreeNode> {
  const node = await api.taxonomy.merge({ tree, from, into });
  await after(tree);
  toast(i18next.t('toast.merged', { name: node.name }));
  return node;
}

export async function trashNode(tree: TreeName, id: string): Promise<void> {
  const { deleted } = await api.taxonomy.delete({ tree, id });
  await after(tree);
  toast(i18next.t('toast.nodesTrashed', { count: deleted }), {
    label: i18next.t('common.undo'),
    run: async () => {
      await api.trash.restore({ ids: [id] });
      await after(tree);
    },
  });
}
